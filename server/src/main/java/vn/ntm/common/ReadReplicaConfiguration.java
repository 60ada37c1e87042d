package vn.ntm.common;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * With {@code ntm.read-replica.url} set (NTM_DB_READ_URL), puts {@link ReadReplica} in front of the
 * application's DataSource: a pool on the replica, same credentials as the primary, read-only, quick to
 * give up (a replica that cannot be reached sends reads to the primary). Unset, nothing changes.
 */
@Component
class ReadReplicaConfiguration implements BeanPostProcessor, EnvironmentAware {

    /** How the replica's connections name themselves (pg_stat_activity.application_name). */
    static final String APPLICATION_NAME = "ntm-map replica reads";

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        String url = environment.getProperty("ntm.read-replica.url", "");
        if (url.isBlank() || !name.equals("dataSource") || !(bean instanceof HikariDataSource primary)) {
            return bean;
        }
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("replica");
        replica.setJdbcUrl(url);
        replica.setUsername(primary.getUsername());
        replica.setPassword(primary.getPassword());
        replica.setReadOnly(true);
        replica.addDataSourceProperty("ApplicationName", APPLICATION_NAME);
        replica.setMaximumPoolSize(primary.getMaximumPoolSize());
        replica.setConnectionTimeout(3_000);
        replica.setInitializationFailTimeout(-1);
        return new ReadReplica((DataSource) primary, replica);
    }
}
