package vn.ntm.imports;

import java.time.Duration;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.ntm.common.ClusterTasks;

/**
 * Removes what abandoned imports leave behind: an import not committed and untouched for
 * {@code ntm.imports.cleanup.max-age} expires (staging table dropped, files deleted), and the files
 * of finished imports that a crash left on disk are deleted. One server does it for all ({@link ClusterTasks}).
 */
@Component
@EnableScheduling
class ImportCleanup {

    private final ImportJobRepository jobs;
    private final ImportService imports;
    private final ImportCleanupProperties properties;
    private final ClusterTasks tasks;

    ImportCleanup(ImportJobRepository jobs, ImportService imports, ImportCleanupProperties properties,
            ClusterTasks tasks) {
        this.jobs = jobs;
        this.imports = imports;
        this.properties = properties;
        this.tasks = tasks;
    }

    @Scheduled(fixedDelayString = "${ntm.imports.cleanup.interval:1h}",
            initialDelayString = "${ntm.imports.cleanup.interval:1h}")
    void scheduled() {
        if (tasks.claim("import-cleanup", properties.interval().dividedBy(2))) {
            cleanUp(properties.maxAge());
        }
    }

    /** One clean-up with imports untouched for {@code maxAge}; the number of imports expired. */
    int cleanUp(Duration maxAge) {
        int expired = 0;
        for (long id : jobs.abandoned(maxAge)) {
            imports.expire(id, maxAge);
            expired++;
        }
        for (String dir : jobs.finishedWorkDirs(maxAge)) {
            imports.removeWorkDir(dir);
        }
        return expired;
    }
}
