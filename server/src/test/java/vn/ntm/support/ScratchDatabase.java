package vn.ntm.support;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

/**
 * An empty database beside the test database (same server, ./ntm's PostGIS template where it exists),
 * dropped on close: for restoring a backup into, or for running the migrations from the start.
 */
public final class ScratchDatabase implements AutoCloseable {

    private final JdbcClient admin;
    private final String name;
    private final String url;
    private final HikariDataSource pool = new HikariDataSource();

    /** Creates {@code <test database>_<suffix>} afresh; {@code admin} is a connection to the test database. */
    public ScratchDatabase(JdbcClient admin, JdbcConnectionDetails server, String suffix) {
        this.admin = admin;
        this.name = admin.sql("SELECT current_database()").query(String.class).single() + "_" + suffix;
        String testUrl = server.getJdbcUrl();
        this.url = testUrl.substring(0, testUrl.lastIndexOf('/') + 1) + name;
        String template = admin.sql("SELECT coalesce(max(datname), 'template1') FROM pg_database "
                + "WHERE datname = 'ntm_template'").query(String.class).single();
        admin.sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
        admin.sql("CREATE DATABASE " + name + " TEMPLATE " + template).update();
        pool.setJdbcUrl(url);
        pool.setUsername(server.getUsername());
        pool.setPassword(server.getPassword());
        pool.setMaximumPoolSize(2); // Flyway holds one connection for its lock, one to migrate
    }

    public String url() {
        return url;
    }

    public HikariDataSource dataSource() {
        return pool;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(pool);
    }

    @Override
    public void close() {
        pool.close();
        admin.sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").update();
    }
}
