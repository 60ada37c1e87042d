package vn.ntm.common;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.slf4j.LoggerFactory;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The application's DataSource when a read replica is configured ({@code NTM_DB_READ_URL}): connections
 * come from the primary, except those taken while a lag-tolerant read is under way ({@link #lagTolerant}),
 * which come from the replica; when the replica cannot be reached, from the primary.
 */
public final class ReadReplica implements DataSource, AutoCloseable {

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(ReadReplica.class);
    private static final ThreadLocal<Boolean> LAG_TOLERANT = ThreadLocal.withInitial(() -> false);

    private final DataSource primary;
    private final HikariDataSource replica;

    ReadReplica(DataSource primary, HikariDataSource replica) {
        this.primary = primary;
        this.replica = replica;
    }

    /** Until closed, the connections this thread takes come from the replica, when there is one. */
    public static LagTolerant lagTolerant() {
        LAG_TOLERANT.set(true);
        return LAG_TOLERANT::remove;
    }

    /** A lag-tolerant read under way; closing it ends it. */
    @FunctionalInterface
    public interface LagTolerant extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (LAG_TOLERANT.get()) {
            try {
                return replica.getConnection();
            } catch (SQLException e) {
                log.warn("Read replica unavailable, reading from the primary: {}", e.getMessage());
            }
        }
        return primary.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return primary.getConnection(username, password);
    }

    @Override
    public void close() throws Exception {
        replica.close();
        if (primary instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return primary.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        primary.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        primary.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return primary.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return primary.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : primary.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || primary.isWrapperFor(type);
    }
}
