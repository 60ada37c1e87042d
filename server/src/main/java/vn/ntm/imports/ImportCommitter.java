package vn.ntm.imports;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.RefusedException;
import vn.ntm.common.Sql;

/** Merges a checked staging table into its target in the caller's transaction, and undoes a merge. */
@Component
class ImportCommitter {

    private static final String STAGED = Sql.load(ImportCommitter.class, "staged.sql");
    private static final List<String> BOUNDARIES = Sql.statements(ImportCommitter.class, "commit-boundaries.sql");
    private static final List<String> INFRASTRUCTURE = Sql.statements(ImportCommitter.class, "commit-infrastructure.sql");
    private static final List<String> PROVINCE = Sql.statements(ImportCommitter.class, "commit-province.sql");
    private static final List<String> UNDO = Sql.statements(ImportCommitter.class, "undo.sql");

    private final JdbcClient jdbc;

    ImportCommitter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code provinceName}: the name a province's file gives its province, null when it gives none. */
    void commit(long jobId, ImportTarget target, String province, int srid, Map<String, String> mapping,
            String source, String actor, String provinceName) {
        jdbc.sql(STAGED.formatted(column(mapping, "name"), column(mapping, "code"), column(mapping, "commune"),
                column(mapping, "subtype"), column(mapping, "condition"), column(mapping, "surface"),
                column(mapping, "status"), StagingLoader.table(jobId))).param("srid", srid).update();
        if (target.coversProvince()) {
            for (String statement : PROVINCE) {
                jdbc.sql(statement).param("job", jobId).param("province", province).param("source", source)
                        .param("province_name", provinceName).update();
            }
            return; // every staged commune is either updated or added
        }
        for (String statement : target.isInfrastructure() ? INFRASTRUCTURE : BOUNDARIES) {
            jdbc.sql(statement).param("job", jobId).param("province", province).param("source", source)
                    .param("level", target == ImportTarget.COMMUNES ? "commune" : "village")
                    .param("category", target.code()).param("actor", actor).update();
        }
        long staged = jdbc.sql("SELECT count(*) FROM staged").query(Long.class).single();
        long landed = jdbc.sql("SELECT count(*) FROM " + (target.isInfrastructure() ? "infrastructure" : "admin_unit")
                + " WHERE import_job_id = :job").param("job", jobId).query(Long.class).single();
        if (landed != staged) {
            throw new RefusedException("not-placed", (staged - landed) + " features lie in no commune of the province;"
                    + " nothing was imported", (staged - landed) + " đối tượng không nằm trong xã nào của tỉnh;"
                    + " chưa nhập gì");
        }
    }

    /** Whether a record (status, criteria, a village...) now refers to a unit the commit added. */
    boolean addedUnitsHaveRecords(long jobId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM units_with_records(ARRAY(
                    SELECT u.id FROM admin_unit u WHERE u.import_job_id = :job AND NOT EXISTS (
                        SELECT 1 FROM import_change c WHERE c.job_id = :job AND c.entity = 'admin_unit'
                          AND c.entity_id = u.id))))""").param("job", jobId).query(Boolean.class).single();
    }

    void undo(long jobId) {
        UNDO.forEach(statement -> jdbc.sql(statement).param("job", jobId).update());
    }

    /** The staging column mapped to an attribute, as text; the name was checked against the table. */
    static String column(Map<String, String> mapping, String attribute) {
        String column = mapping.get(attribute);
        return column == null ? "NULL::text" : "s." + StagingLoader.quote(column) + "::text";
    }
}
