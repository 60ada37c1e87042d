package vn.ntm.feedback;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/** A token bucket per client address for anonymous report submissions. */
@Component
class SubmissionRateLimiter {

    /** Beyond this many tracked addresses the table is cleared rather than grown without bound. */
    static final int MAX_TRACKED = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final FeedbackProperties properties;

    SubmissionRateLimiter(FeedbackProperties properties) {
        this.properties = properties;
    }

    /** Takes one submission from the address's allowance; false when none is left. */
    boolean tryAcquire(String address) {
        if (buckets.size() > MAX_TRACKED) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(properties.submissions())
                        .refillGreedy(properties.submissions(), properties.window()).build())
                .build()).tryConsume(1);
    }

    long retryAfterSeconds() {
        return Math.max(1, properties.window().toSeconds() / properties.submissions());
    }
}
