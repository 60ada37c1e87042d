package vn.ntm.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.postgresql.Driver;
import org.postgresql.PGProperty;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * The application's database as ogr2ogr addresses it: a libpq connection string built from the
 * JDBC URL as the PostgreSQL driver parses it (every host and port, the database, the user and the
 * TLS and session options libpq knows), each value quoted; the password travels in PGPASSWORD,
 * never in arguments.
 */
@Component
class PgConnection {

    /** The GDAL driver that writes to it. */
    static final String DRIVER = "PostgreSQL";

    /** JDBC URL options and the libpq keywords they stand for, in the order they are written. */
    private static final List<Map.Entry<String, String>> OPTIONS = List.of(Map.entry("sslmode", "sslmode"),
            Map.entry("sslrootcert", "sslrootcert"), Map.entry("sslcert", "sslcert"), Map.entry("sslkey", "sslkey"),
            Map.entry("sslcrl", "sslcrl"), Map.entry("connectTimeout", "connect_timeout"),
            Map.entry("ApplicationName", "application_name"), Map.entry("options", "options"),
            Map.entry("targetServerType", "target_session_attrs"));

    /** The driver's targetServerType values as libpq's target_session_attrs. */
    private static final Map<String, String> TARGETS = Map.of("any", "any", "primary", "primary", "master", "primary",
            "secondary", "standby", "slave", "standby", "preferSecondary", "prefer-standby",
            "preferSlave", "prefer-standby");

    private final String connection;
    private final Map<String, String> environment;

    PgConnection(JdbcConnectionDetails details) {
        this.connection = "PG:" + conninfo(details.getJdbcUrl(), details.getUsername());
        String password = details.getPassword();
        this.environment = password == null ? Map.of() : Map.of("PGPASSWORD", password);
    }

    /** The libpq connection string ({@code key='value' ...}) for a JDBC URL and user. */
    static String conninfo(String jdbcUrl, String user) {
        Properties url = Driver.parseURL(jdbcUrl, null);
        if (url == null) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL");
        }
        Map<String, String> keywords = new LinkedHashMap<>();
        keywords.put("host", PGProperty.PG_HOST.getOrDefault(url));
        keywords.put("port", PGProperty.PG_PORT.getOrDefault(url));
        keywords.put("dbname", PGProperty.PG_DBNAME.getOrDefault(url));
        keywords.put("user", user != null ? user : url.getProperty("user"));
        if ("true".equals(url.getProperty("ssl")) && url.getProperty("sslmode") == null) {
            keywords.put("sslmode", "verify-full");
        }
        for (Map.Entry<String, String> option : OPTIONS) {
            String value = url.getProperty(option.getKey());
            if (value != null) {
                keywords.put(option.getValue(),
                        option.getKey().equals("targetServerType") ? TARGETS.getOrDefault(value, value) : value);
            }
        }
        StringBuilder conninfo = new StringBuilder();
        keywords.forEach((keyword, value) -> {
            if (value != null) {
                conninfo.append(conninfo.isEmpty() ? "" : " ").append(keyword).append('=').append(quote(value));
            }
        });
        return conninfo.toString();
    }

    /** A conninfo value in single quotes, its backslashes and quotes escaped (libpq's rules). */
    static String quote(String value) {
        return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** ogr2ogr arguments that write a layer into this database. */
    List<String> target() {
        return List.of("-f", DRIVER, connection);
    }

    Map<String, String> environment() {
        return environment;
    }
}
