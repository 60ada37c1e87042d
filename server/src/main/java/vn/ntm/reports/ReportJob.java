package vn.ntm.reports;

import java.time.OffsetDateTime;

/**
 * A report being made or made, as stored in {@code report_job}: progress from 0 to 100 and a step
 * name while running, the reason when failed (the file itself is read only when downloaded).
 */
record ReportJob(String id, String owner, String province, int year, ReportPeriod period, String format,
        String status, int progress, String step, String error, int attempts, OffsetDateTime createdAt) {

    /** What a client sees of a job. */
    record View(String id, String province, int year, String period, String format, String status, int progress,
            String step, String error, OffsetDateTime createdAt) {
    }

    View view() {
        return new View(id, province, year, period.code(), format, status, progress, step, error, createdAt);
    }

    boolean done() {
        return status.equals("done");
    }
}
