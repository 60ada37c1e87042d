package vn.ntm.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.init.ScriptUtils;

import vn.ntm.support.IntegrationTest;
import vn.ntm.support.ScratchDatabase;

/**
 * Migrations are forward-only and keep the data: an empty database is migrated to the schema of the first
 * release (V10, the first with every kind of record), given records of every kind as they were then, and
 * migrated to the latest version; every record is still there and reads the same.
 */
@IntegrationTest
class UpgradeWithDataTest {

    static final String FIRST_RELEASE = "10";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    Flyway latest;

    @Test
    void everyMigrationFromTheFirstReleaseKeepsTheData() throws Exception {
        try (ScratchDatabase old = new ScratchDatabase(jdbc, database, "upgrade")) {
            flyway(old).target(MigrationVersion.fromVersion(FIRST_RELEASE)).load().migrate();
            try (Connection connection = old.dataSource().getConnection()) {
                ScriptUtils.executeSqlScript(connection,
                        new ClassPathResource("vn/ntm/migrations/first-release-data.sql"));
            }
            JdbcClient db = old.jdbc();
            Map<String, Object> before = records(db);
            assertThat(before.values()).allSatisfy(rows -> assertThat((List<?>) rows).isNotEmpty());

            MigrateResult result = flyway(old).load().migrate();

            assertThat(result.success).isTrue();
            assertThat(result.targetSchemaVersion).isEqualTo(latest.info().current().getVersion().getVersion());
            assertThat(result.migrationsExecuted).isEqualTo(latest.info().applied().length - 10);
            assertThat(records(db)).isEqualTo(before);
            long commune = db.sql("SELECT id FROM admin_unit WHERE code = '03679'").query(Long.class).single();
            assertThat(db.sql("SELECT status_at(:id, DATE '2025-01-01')").param("id", commune)
                    .query(String.class).single()).isEqualTo("standard");
            assertThat(db.sql("SELECT criteria_met(:id, 2024)").param("id", commune).query(Integer.class).single())
                    .isEqualTo(19);
        }
    }

    /** What an upgrade must keep, read the same way before and after: rows and their values. */
    private static Map<String, Object> records(JdbcClient db) {
        return Map.of(
                "units", rows(db, "SELECT code, level, kind, full_name, province_code, valid_from, area_km2, "
                        + "ST_AsText(geom) FROM admin_unit ORDER BY code"),
                "criteria", rows(db, "SELECT count(*), count(*) FILTER (WHERE result = 'met'), min(evidence) "
                        + "FROM criterion_result WHERE year = 2024"),
                "status", rows(db, "SELECT event, level, event_date, decision_no, signer, note FROM status_event"),
                "infrastructure", rows(db, "SELECT category, name, ST_AsText(geom), condition, surface, attrs::text, "
                        + "import_job_id FROM infrastructure"),
                "photos", rows(db, "SELECT encode(photo, 'hex'), photo_type, note FROM inspection "
                        + "UNION ALL SELECT encode(bytes, 'hex'), content_type, f.reference FROM feedback_photo p "
                        + "JOIN feedback f ON f.id = p.feedback_id"),
                "accounts", rows(db, "SELECT username, role, province_code, password_hash FROM app_user"),
                "imports", rows(db, "SELECT file_name, status, crs, feature_count, committed_at FROM import_job"),
                "audit", rows(db, "SELECT actor, action, entity, entity_id, after::text FROM audit_log"));
    }

    private static List<List<Object>> rows(JdbcClient db, String sql) {
        return db.sql(sql).query((rs, n) -> {
            int columns = rs.getMetaData().getColumnCount();
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= columns; i++) {
                row.add(String.valueOf(rs.getObject(i)));
            }
            return row;
        }).list();
    }

    private static FluentConfiguration flyway(ScratchDatabase db) {
        return Flyway.configure().dataSource(db.dataSource()).locations("classpath:db/migration");
    }
}
