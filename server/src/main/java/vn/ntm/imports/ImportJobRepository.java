package vn.ntm.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.ObjectMapper;

/** The import_job rows: the history of uploads, their analyses and what became of them. */
@Repository
class ImportJobRepository {

    private static final String COLUMNS = """
            SELECT id, province_code, target_layer, file_name, file_size, status, created_by, created_at,
                   committed_by, committed_at, undone_by, undone_at, error, NULLIF(report, '{}')::text AS report, work_dir, mapping::text AS mapping
            FROM import_job""";
    private static final String ABANDONED = "status IN (:open) AND touched_at < now() - CAST(:age AS interval)";

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    ImportJobRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long create(String province, String target, String fileName, long size, String user) {
        return jdbc.sql("""
                INSERT INTO import_job (province_code, target_layer, file_name, file_size, status, created_by)
                VALUES (:province, :target, :file, :size, :status, :user) RETURNING id""")
                .param("status", ImportStatus.UPLOADED.code()).param("province", province).param("target", target).param("file", fileName).param("size", size)
                .param("user", user).query(Long.class).single();
    }

    Optional<ImportJob> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id").param("id", id).query((rs, n) -> job(rs)).optional();
    }

    /**
     * The import, its row locked until the transaction ends; a request that finds it locked by another
     * fails at once with lock_not_available (55P03), answered as 409 Conflict.
     */
    Optional<ImportJob> lock(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id FOR UPDATE NOWAIT").param("id", id).query((rs, n) -> job(rs))
                .optional();
    }

    void touched(long id) {
        jdbc.sql("UPDATE import_job SET touched_at = now() WHERE id = :id").param("id", id).update();
    }

    void stored(long id, String sha256) {
        jdbc.sql("UPDATE import_job SET sha256 = :sha, touched_at = now() WHERE id = :id")
                .param("id", id).param("sha", sha256).update();
    }

    /** Committed imports of the same bytes into the same province and layer as import {@code id}. */
    List<ImportReport.EarlierImport> sameFileCommitted(long id) {
        return jdbc.sql("""
                SELECT e.id, e.file_name, e.committed_by, e.committed_at FROM import_job e JOIN import_job j ON j.id = :id
                WHERE e.status = :committed AND e.sha256 = j.sha256 AND e.province_code = j.province_code
                  AND e.target_layer = j.target_layer AND e.id <> j.id
                ORDER BY e.id""").param("id", id).param("committed", ImportStatus.COMMITTED.code())
                .query((rs, n) -> new ImportReport.EarlierImport(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("committed_by"), rs.getObject("committed_at", OffsetDateTime.class))).list();
    }

    /** Imports not committed (uploaded, analysed or failed) and untouched for {@code age}. */
    List<Long> abandoned(Duration age) {
        return jdbc.sql("SELECT id FROM import_job WHERE " + ABANDONED + " ORDER BY id")
                .param("open", ImportStatus.codes(ImportStatus.OPEN)).param("age", interval(age)).query(Long.class).list();
    }

    /** Locks import {@code id} if it is still abandoned and no one else holds it. */
    boolean lockAbandoned(long id, Duration age) {
        return jdbc.sql("SELECT id FROM import_job WHERE id = :id AND " + ABANDONED + " FOR UPDATE SKIP LOCKED")
                .param("id", id).param("open", ImportStatus.codes(ImportStatus.OPEN)).param("age", interval(age))
                .query(Long.class).optional().isPresent();
    }

    /** The work directories of imports that are over (committed, undone, expired), older than {@code age}. */
    List<String> finishedWorkDirs(Duration age) {
        return jdbc.sql("""
                SELECT work_dir FROM import_job WHERE status IN (:finished) AND work_dir IS NOT NULL
                  AND touched_at < now() - CAST(:age AS interval) ORDER BY id""")
                .param("finished", ImportStatus.codes(ImportStatus.FINISHED)).param("age", interval(age))
                .query(String.class).list();
    }

    List<ImportJob> history(String province, int limit) {
        return jdbc.sql(COLUMNS + " WHERE (CAST(:province AS text) IS NULL OR province_code = :province) "
                + "ORDER BY id DESC LIMIT :limit").param("province", province).param("limit", limit)
                .query((rs, n) -> job(rs)).list();
    }

    String workDir(long id) {
        return jdbc.sql("SELECT work_dir FROM import_job WHERE id = :id").param("id", id).query(String.class).single();
    }

    void analysed(long id, String workDir, ImportReport report) {
        jdbc.sql("""
                UPDATE import_job SET status = :status, touched_at = now(), work_dir = :dir, report = CAST(:report AS jsonb), error = NULL,
                       format = :format, crs = :crs, source_crs = :proj, encoding = :encoding, feature_count = :count,
                       layer_name = :layer, mapping = CAST(:mapping AS jsonb)
                WHERE id = :id""")
                .param("status", ImportStatus.ANALYZED.code()).param("id", id).param("dir", workDir)
                .param("report", json.writeValueAsString(report))
                .param("format", report.format()).param("crs", report.crs().id()).param("proj", report.crs().proj())
                .param("encoding", report.encoding().encoding().name()).param("count", (int) report.featureCount())
                .param("layer", report.layer()).param("mapping", json.writeValueAsString(report.mapping())).update();
    }

    void failed(long id, String workDir, String error) {
        jdbc.sql("UPDATE import_job SET status = :status, touched_at = now(), work_dir = :dir, error = :error WHERE id = :id")
                .param("status", ImportStatus.FAILED.code()).param("id", id).param("dir", workDir).param("error", error).update();
    }

    void committed(long id, String user) {
        jdbc.sql("UPDATE import_job SET status = :status, touched_at = now(), committed_at = now(), committed_by = :user "
                + "WHERE id = :id")
                .param("status", ImportStatus.COMMITTED.code()).param("id", id).param("user", user).update();
    }

    void undone(long id, String user) {
        jdbc.sql("UPDATE import_job SET status = :status, touched_at = now(), undone_at = now(), undone_by = :user "
                + "WHERE id = :id")
                .param("status", ImportStatus.UNDONE.code()).param("id", id).param("user", user).update();
    }

    void expired(long id) {
        jdbc.sql("UPDATE import_job SET status = :status, touched_at = now(), "
                + "error = 'Expired: not committed and left untouched' WHERE id = :id")
                .param("status", ImportStatus.EXPIRED.code()).param("id", id).update();
    }

    /** Whether a later committed import changed rows this one added or updated. */
    boolean supersededLater(long id) {
        return jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM admin_unit u WHERE u.import_job_id > :id
                      AND (u.id IN (SELECT entity_id FROM import_change WHERE job_id = :id AND entity = 'admin_unit')
                           OR EXISTS (SELECT 1 FROM import_change c WHERE c.job_id = u.import_job_id
                                        AND c.entity = 'admin_unit' AND (c.before ->> 'import_job_id')::bigint = :id)))""")
                .param("id", id).query(Boolean.class).single();
    }

    private static String interval(Duration age) {
        return age.toMillis() + " milliseconds";
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        String report = rs.getString("report");
        return new ImportJob(rs.getLong("id"), rs.getString("province_code"), rs.getString("target_layer"),
                rs.getString("file_name"), rs.getLong("file_size"), ImportStatus.of(rs.getString("status")), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getString("committed_by"),
                rs.getObject("committed_at", OffsetDateTime.class), rs.getString("undone_by"),
                rs.getObject("undone_at", OffsetDateTime.class), rs.getString("error"),
                report == null ? null : json.readValue(report, ImportReport.class));
    }
}
