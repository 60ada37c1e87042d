package vn.ntm.demo;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.common.Sql;

/**
 * Loads the demo on start-up, in one transaction: real 2025 boundaries of three provinces, then
 * generated villages, statuses, criteria results and infrastructure, and one account per role.
 * Safe to run again.
 */
@Component
@ConditionalOnProperty(name = "ntm.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final BoundaryLoader boundaries;
    private final DemoAccounts accounts;
    private final DataSource dataSource;
    private final TransactionTemplate transaction;

    DemoDataLoader(BoundaryLoader boundaries, DemoAccounts accounts, DataSource dataSource,
            TransactionTemplate transaction) {
        this.boundaries = boundaries;
        this.accounts = accounts;
        this.dataSource = dataSource;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        load();
    }

    public void load() {
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            boundaries.load();
            Sql.runScript(dataSource, DemoDataLoader.class, "generate.sql");
            Sql.runScript(dataSource, DemoDataLoader.class, "targets.sql");
            accounts.create();
        });
        log.info("Demo data ready ({} ms)", (System.nanoTime() - start) / 1_000_000);
    }
}
