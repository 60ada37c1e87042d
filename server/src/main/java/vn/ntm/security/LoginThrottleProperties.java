package vn.ntm.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When failed sign-ins lock an account or a client address out.
 *
 * @param accountFailures failures in a row for one username before it is locked
 * @param addressFailures failures from one address, across usernames, before it is locked
 * @param lockout         the first lockout; each further failure doubles it
 * @param maxLockout      the longest lockout
 * @param window          a failure older than this (since the last one) no longer counts
 */
@ConfigurationProperties("ntm.login")
record LoginThrottleProperties(int accountFailures, int addressFailures, Duration lockout, Duration maxLockout,
        Duration window) {

    LoginThrottleProperties {
        accountFailures = accountFailures <= 0 ? 5 : accountFailures;
        addressFailures = addressFailures <= 0 ? 20 : addressFailures;
        lockout = lockout == null ? Duration.ofMinutes(1) : lockout;
        maxLockout = maxLockout == null ? Duration.ofMinutes(30) : maxLockout;
        window = window == null ? Duration.ofHours(1) : window;
        if (maxLockout.compareTo(window) > 0 || lockout.compareTo(maxLockout) > 0) {
            throw new IllegalArgumentException("ntm.login: need lockout <= max-lockout <= window");
        }
    }

    /** The lockout after {@code failures} failures, given the threshold; zero below it. */
    Duration lockoutAfter(int failures, int threshold) {
        if (failures < threshold) {
            return Duration.ZERO;
        }
        Duration doubled = lockout.multipliedBy(1L << Math.min(failures - threshold, 20));
        return doubled.compareTo(maxLockout) > 0 ? maxLockout : doubled;
    }
}
