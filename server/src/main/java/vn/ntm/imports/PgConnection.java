package vn.ntm.imports;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/** The application's database as ogr2ogr addresses it; the password travels in PGPASSWORD, never in arguments. */
@Component
class PgConnection {

    /** The GDAL driver that writes to it. */
    static final String DRIVER = "PostgreSQL";

    private final String connection;
    private final Map<String, String> environment;

    PgConnection(JdbcConnectionDetails details) {
        URI uri = URI.create(details.getJdbcUrl().substring("jdbc:".length()));
        String database = uri.getPath().substring(1);
        this.connection = "PG:host=" + uri.getHost() + " port=" + (uri.getPort() < 0 ? 5432 : uri.getPort())
                + " dbname=" + database + " user=" + details.getUsername();
        String password = details.getPassword();
        this.environment = password == null ? Map.of() : Map.of("PGPASSWORD", password);
    }

    /** ogr2ogr arguments that write a layer into this database. */
    List<String> target() {
        return List.of("-f", DRIVER, connection);
    }

    Map<String, String> environment() {
        return environment;
    }
}
