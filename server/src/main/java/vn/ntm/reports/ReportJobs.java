package vn.ntm.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.ntm.common.NotFoundException;
import vn.ntm.common.Sql;

/**
 * Makes reports in the background, one at a time per server. Jobs are rows of {@code report_job}, so
 * any server can report on one and serve its file: a server claims the oldest waiting job
 * ({@code FOR UPDATE SKIP LOCKED}), beats its heart while making it, and hands its jobs back when shut
 * down; a job whose server died is taken over by another, or fails after {@code maxAttempts}.
 */
@Component
@EnableScheduling
class ReportJobs implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    private static final String CLAIM = Sql.load(ReportJobs.class, "claim-report.sql");
    private static final String ABANDON = Sql.load(ReportJobs.class, "abandon-reports.sql");
    private static final String FIND = Sql.load(ReportJobs.class, "find-report.sql");
    private static final String ADVANCE = Sql.load(ReportJobs.class, "advance-report.sql");
    private static final String FINISH = Sql.load(ReportJobs.class, "finish-report.sql");
    private static final String RELEASE = Sql.load(ReportJobs.class, "release-reports.sql");

    /** Thrown to stop making a report another server has taken over. */
    private static final class TakenOver extends RuntimeException {
        TakenOver() {
            super(null, null, false, false);
        }
    }

    /** This server while it runs: the jobs it claims carry it. */
    private final String server = UUID.randomUUID().toString();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "report-maker");
        thread.setDaemon(true);
        return thread;
    });
    private final ReportDataLoader loader;
    private final JdbcClient jdbc;
    private final ReportJobProperties properties;
    private final MeterRegistry metrics;

    ReportJobs(ReportDataLoader loader, JdbcClient jdbc, ReportJobProperties properties, MeterRegistry metrics) {
        this.loader = loader;
        this.jdbc = jdbc;
        this.properties = properties;
        this.metrics = metrics;
    }

    ReportJob start(String owner, String province, int year, ReportPeriod period, String format) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO report_job (id, owner, province_code, year, period, format) "
                + "VALUES (:id::uuid, :owner, :province, :year, :period, :format)")
                .param("id", id).param("owner", owner).param("province", province).param("year", year)
                .param("period", period.code()).param("format", format).update();
        worker.execute(this::makeWaiting);
        return find(id).orElseThrow();
    }

    Optional<ReportJob> find(String id) {
        if (!id.matches("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}")) {
            return Optional.empty();
        }
        return jdbc.sql(FIND).param("id", UUID.fromString(id)).query(ReportJobs::job).optional();
    }

    /** The made file of a done job. */
    byte[] file(ReportJob job) {
        return jdbc.sql("SELECT file FROM report_job WHERE id = :id").param("id", UUID.fromString(job.id()))
                .query(byte[].class).single();
    }

    /**
     * Every server now and then beats the heart of the job it is making (however long a step takes), and
     * looks for waiting jobs: those started elsewhere, or left by a dead server.
     */
    @Scheduled(fixedDelayString = "${ntm.reports.poll:5s}", initialDelayString = "${ntm.reports.poll:5s}")
    void poll() {
        jdbc.sql("UPDATE report_job SET heartbeat_at = now() WHERE claimed_by = :server AND status = 'running'")
                .param("server", server).update();
        jdbc.sql("DELETE FROM report_job WHERE created_at < now() - make_interval(secs => :seconds)")
                .param("seconds", properties.keptFor().toSeconds()).update();
        worker.execute(this::makeWaiting);
    }

    /** Makes the waiting jobs, one after another, until none is left to claim. */
    private void makeWaiting() {
        try {
            jdbc.sql(ABANDON).param("staleSeconds", properties.staleAfter().toSeconds())
                    .param("maxAttempts", properties.maxAttempts()).update();
            for (Optional<ReportJob> job = claim(); job.isPresent(); job = claim()) {
                make(job.get());
            }
        } catch (RuntimeException e) {
            log.warn("Cannot look for reports to make: {}", e.getMessage());
        }
    }

    private Optional<ReportJob> claim() {
        return jdbc.sql(CLAIM).param("server", server).param("staleSeconds", properties.staleAfter().toSeconds())
                .query(ReportJobs::job).optional();
    }

    private void make(ReportJob job) {
        Timer.Sample timing = Timer.start(metrics);
        String outcome = "failed";
        try {
            advance(job, 10, "data");
            ReportData data = loader.load(job.province(), job.year(), job.period());
            advance(job, 40, "map");
            byte[] map = ReportImages.statusMap(data, 1000, 760);
            advance(job, 60, "chart");
            byte[] chart = ReportImages.levelsByYear(data, 800, 360);
            advance(job, 80, job.format());
            finish(job, "done", job.format().equals("pdf") ? PdfReport.write(data, map, chart)
                    : XlsxReport.write(data, map), null);
            outcome = "made";
        } catch (TakenOver e) {
            outcome = "taken-over";
            log.info("Report {} was taken over by another server", job.id());
        } catch (RuntimeException e) {
            log.error("Report {} failed", job.id(), e);
            finish(job, "failed", null, e instanceof NotFoundException ? e.getMessage()
                    : "The report could not be made");
        } finally {
            timing.stop(Timer.builder("ntm.reports.make").description("Making a PDF or XLSX report")
                    .tag("format", job.format()).tag("outcome", outcome).register(metrics));
        }
    }

    private void advance(ReportJob job, int percent, String step) {
        if (jdbc.sql(ADVANCE).param("id", UUID.fromString(job.id())).param("server", server)
                .param("progress", percent).param("step", step).update() == 0) {
            throw new TakenOver();
        }
    }

    private void finish(ReportJob job, String status, byte[] file, String error) {
        jdbc.sql(FINISH).param("id", UUID.fromString(job.id())).param("server", server).param("status", status)
                .param("file", file).param("error", error).update();
    }

    private static ReportJob job(ResultSet row, int n) throws SQLException {
        return new ReportJob(row.getString("id"), row.getString("owner"), row.getString("province_code"),
                row.getInt("year"), ReportPeriod.of(row.getString("period")), row.getString("format"),
                row.getString("status"), row.getInt("progress"), row.getString("step"), row.getString("error"),
                row.getInt("attempts"), row.getObject("created_at", OffsetDateTime.class));
    }

    /** Stops making reports and hands back those being made, for another server to make. */
    @Override
    public void destroy() {
        worker.shutdownNow();
        try {
            jdbc.sql(RELEASE).param("server", server).update();
        } catch (RuntimeException e) {
            log.warn("Cannot hand back the reports of this server: {}", e.getMessage());
        }
    }
}
