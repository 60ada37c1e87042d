package vn.ntm.reports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.ntm.common.NotFoundException;

/**
 * Makes reports in the background, one at a time, reporting progress; keeps the most recent
 * jobs (and their files) in memory: a report is cheap to make again after a restart.
 */
@Component
class ReportJobs implements DisposableBean {

    static final int KEPT = 50;

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "report-maker");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, ReportJob> jobs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReportJob> eldest) {
            return size() > KEPT;
        }
    };
    private final ReportDataLoader loader;
    private final MeterRegistry metrics;

    ReportJobs(ReportDataLoader loader, MeterRegistry metrics) {
        this.loader = loader;
        this.metrics = metrics;
    }

    synchronized ReportJob start(String owner, String province, int year, ReportPeriod period, String format) {
        ReportJob job = new ReportJob(UUID.randomUUID().toString(), owner, province, year, period, format);
        jobs.put(job.id(), job);
        worker.submit(() -> make(job));
        return job;
    }

    synchronized Optional<ReportJob> find(String id) {
        return Optional.ofNullable(jobs.get(id));
    }

    private void make(ReportJob job) {
        Timer.Sample timing = Timer.start(metrics);
        String outcome = "failed";
        try {
            job.advance(10, "data");
            ReportData data = loader.load(job.province(), job.year(), job.period());
            job.advance(40, "map");
            byte[] map = ReportImages.statusMap(data, 1000, 760);
            job.advance(60, "chart");
            byte[] chart = ReportImages.levelsByYear(data, 800, 360);
            job.advance(80, job.format());
            job.finish(job.format().equals("pdf") ? PdfReport.write(data, map, chart) : XlsxReport.write(data, map));
            outcome = "made";
        } catch (RuntimeException e) {
            log.error("Report {} failed", job.id(), e);
            job.fail(e instanceof NotFoundException ? e.getMessage() : "The report could not be made");
        } finally {
            timing.stop(Timer.builder("ntm.reports.make").description("Making a PDF or XLSX report")
                    .tag("format", job.format()).tag("outcome", outcome).register(metrics));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
