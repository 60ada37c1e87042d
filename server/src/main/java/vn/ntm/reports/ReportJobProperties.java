package vn.ntm.reports;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the servers share the making of reports ({@link ReportJobs}).
 *
 * @param poll        how often each server looks for a report to make
 * @param staleAfter  a report whose server gave no sign of life this long is taken over by another
 * @param maxAttempts after this many servers stopped while making it, a report fails
 * @param keptFor     reports (and their files) are deleted this long after they were asked for
 */
@ConfigurationProperties("ntm.reports")
record ReportJobProperties(@DefaultValue("5s") Duration poll, @DefaultValue("2m") Duration staleAfter,
        @DefaultValue("2") int maxAttempts, @DefaultValue("7d") Duration keptFor) {
}
