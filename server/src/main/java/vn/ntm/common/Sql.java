package vn.ntm.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * SQL lives in .sql files next to the feature class that owns it, one statement per file, read once. A file
 * of several statements (demo data) is a script, run with Spring's {@link ScriptUtils}. Parameters are
 * named ({@code :name}); the only text put into SQL is identifiers from the code's own catalogues, as
 * numbered placeholders ({@code %1$s}) filled with {@link String#formatted}.
 */
public final class Sql {

    private static final Map<String, String> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, List<String>> SPLIT = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** Reads {@code name} from the package of {@code owner} (once). */
    public static String load(Class<?> owner, String name) {
        return LOADED.computeIfAbsent(owner.getPackageName() + '/' + name, key -> read(owner, name));
    }

    /**
     * The statements of a file of several that take named parameters, in order (ScriptUtils runs only
     * parameterless scripts): each statement ends with {@code ;} at the end of a line.
     */
    public static List<String> statements(Class<?> owner, String name) {
        return SPLIT.computeIfAbsent(owner.getPackageName() + '/' + name, key -> Arrays.stream(load(owner, name)
                .split(";\\s*\\n")).filter(statement -> !statement.isBlank()).toList());
    }

    /** Runs the statements of script {@code name} (beside {@code owner}) in the current transaction. */
    public static void runScript(DataSource dataSource, Class<?> owner, String name) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            ScriptUtils.executeSqlScript(connection, new ClassPathResource(name, owner));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String read(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + name + " next to " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
