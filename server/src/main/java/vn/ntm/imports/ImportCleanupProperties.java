package vn.ntm.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When abandoned imports are cleaned up ({@link ImportCleanup}, every {@code ntm.imports.cleanup.interval}).
 *
 * @param maxAge   an import not committed and untouched this long expires
 * @param interval how often the clean-up runs (on one server of all)
 */
@ConfigurationProperties("ntm.imports.cleanup")
record ImportCleanupProperties(@DefaultValue("24h") Duration maxAge, @DefaultValue("1h") Duration interval) {
}
