package vn.ntm.feedback;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How often one client address may submit reports.
 *
 * @param submissions reports allowed per window
 * @param window      the window over which they refill
 */
@ConfigurationProperties("ntm.feedback")
record FeedbackProperties(int submissions, Duration window) {

    FeedbackProperties {
        submissions = submissions <= 0 ? 5 : submissions;
        window = window == null ? Duration.ofMinutes(10) : window;
    }
}
