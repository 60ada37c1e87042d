package vn.ntm.reports;

import java.time.OffsetDateTime;

/**
 * A report being made or made: progress from 0 to 100 and a step name while running, the file
 * when done, the reason when failed.
 */
final class ReportJob {

    /** What a client sees of a job. */
    record View(String id, String province, int year, String period, String format, String status, int progress,
            String step, String error, OffsetDateTime createdAt) {
    }

    private final String id;
    private final String owner;
    private final String province;
    private final int year;
    private final ReportPeriod period;
    private final String format;
    private final OffsetDateTime createdAt = OffsetDateTime.now();
    private volatile String status = "queued";
    private volatile int progress;
    private volatile String step = "";
    private volatile String error;
    private volatile byte[] file;

    ReportJob(String id, String owner, String province, int year, ReportPeriod period, String format) {
        this.id = id;
        this.owner = owner;
        this.province = province;
        this.year = year;
        this.period = period;
        this.format = format;
    }

    void advance(int percent, String stepName) {
        status = "running";
        progress = percent;
        step = stepName;
    }

    void finish(byte[] bytes) {
        file = bytes;
        progress = 100;
        step = "";
        status = "done";
    }

    void fail(String reason) {
        error = reason;
        status = "failed";
    }

    View view() {
        return new View(id, province, year, period.code(), format, status, progress, step, error, createdAt);
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    String province() {
        return province;
    }

    int year() {
        return year;
    }

    ReportPeriod period() {
        return period;
    }

    String format() {
        return format;
    }

    byte[] file() {
        return file;
    }
}
