package vn.ntm.imports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When abandoned imports are cleaned up ({@link ImportCleanup}, every {@code ntm.imports.cleanup.interval}).
 *
 * @param maxAge an import not committed and untouched this long expires
 */
@ConfigurationProperties("ntm.imports.cleanup")
record ImportCleanupProperties(@DefaultValue("24h") Duration maxAge) {
}
