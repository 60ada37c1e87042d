package vn.ntm.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A PostGIS container for machines with Docker, used only when NTM_TEST_DB_URL is not set. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @ConditionalOnExpression("'${NTM_TEST_DB_URL:}'.isEmpty()")
    PostgreSQLContainer postgis() {
        return new PostgreSQLContainer(DockerImageName.parse("postgis/postgis:15-3.4")
                .asCompatibleSubstituteFor("postgres"));
    }
}
