package vn.ntm.feedback;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.Params;
import vn.ntm.common.Sql;

/**
 * A token bucket per client address for anonymous report submissions, kept in PostgreSQL so that the
 * allowance holds across all servers. Buckets full again are forgotten.
 */
@Component
class SubmissionRateLimiter {

    private static final String TAKE = Sql.load(SubmissionRateLimiter.class, "take-submission.sql");

    private final JdbcClient jdbc;
    private final FeedbackProperties properties;

    SubmissionRateLimiter(JdbcClient jdbc, FeedbackProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Takes one submission from the address's allowance; false when none is left. */
    boolean tryAcquire(String address) {
        long window = Math.max(1, properties.window().toSeconds());
        jdbc.sql("DELETE FROM submission_allowance WHERE updated_at < now() - make_interval(secs => :window)")
                .param("window", window).update();
        return jdbc.sql(TAKE).param("address", Params.storedKey(address))
                .param("capacity", (double) properties.submissions())
                .param("windowSeconds", (double) window).query(Double.class).optional().isPresent();
    }

    long retryAfterSeconds() {
        return Math.max(1, properties.window().toSeconds() / properties.submissions());
    }
}
