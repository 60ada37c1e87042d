package vn.ntm.common;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Every {@code @Transactional} write and read runs in a plain JDBC transaction, as the SQL-first
 * repositories expect; only field edits of infrastructure name the JPA transaction manager (which joins
 * the same connection, so their SQL reads and audit entries share the transaction).
 */
@Configuration(proxyBeanMethods = false)
class JdbcTransactions {

    @Bean
    @Primary
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource);
    }
}
