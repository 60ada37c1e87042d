package vn.ntm.infrastructure;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.JpaTransactionManager;

import jakarta.persistence.EntityManagerFactory;

/**
 * The JPA transactions of field edits ({@link FieldEditService}): Hibernate's session and the JDBC
 * connection the repositories' SQL and the audit log use are one transaction. Nothing else touches JPA,
 * so Hibernate can start in the background and is first needed by a field edit.
 */
@Configuration(proxyBeanMethods = false)
class FieldEditTransactions {

    static final String MANAGER = "fieldEditTransactionManager";

    @Bean(MANAGER)
    JpaTransactionManager fieldEditTransactionManager(EntityManagerFactory entityManagerFactory) {
        return new JpaTransactionManager(entityManagerFactory);
    }
}
