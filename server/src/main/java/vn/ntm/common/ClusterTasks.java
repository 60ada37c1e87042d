package vn.ntm.common;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scheduled work that one server does for all: every server schedules it, and each run is first
 * claimed in {@code scheduled_task}, which only one server gets per interval.
 */
@Component
public class ClusterTasks {

    private static final String CLAIM = Sql.load(ClusterTasks.class, "claim-task.sql");

    private final JdbcClient jdbc;

    ClusterTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True when this server is to run {@code task} now: no server ran it in the last {@code gap} (half its
     * interval, say, so that servers' drifting schedules neither skip a run nor double it).
     */
    public boolean claim(String task, Duration gap) {
        return jdbc.sql(CLAIM).param("name", task).param("gapSeconds", gap.toSeconds()).query(String.class)
                .optional().isPresent();
    }
}
