package vn.ntm.imports;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.RefusedException;
import vn.ntm.common.Sql;

/** Merges a checked staging table into its target in the caller's transaction, and undoes a merge. */
@Component
class ImportCommitter {

    private static final String STAGED = Sql.load(ImportCommitter.class, "staged.sql");
    private static final String BOUNDARIES = Sql.load(ImportCommitter.class, "commit-boundaries.sql");
    private static final String INFRASTRUCTURE = Sql.load(ImportCommitter.class, "commit-infrastructure.sql");
    private static final String UNDO = Sql.load(ImportCommitter.class, "undo.sql");

    private final JdbcClient jdbc;

    ImportCommitter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void commit(long jobId, ImportTarget target, String province, int srid, Map<String, String> mapping,
            String source, String actor) {
        jdbc.sql(STAGED.formatted(column(mapping, "name"), column(mapping, "code"), column(mapping, "commune"),
                column(mapping, "subtype"), column(mapping, "condition"), column(mapping, "surface"),
                column(mapping, "status"), StagingLoader.table(jobId))).param("srid", srid).update();
        String statements = target.isInfrastructure() ? INFRASTRUCTURE : BOUNDARIES;
        for (String statement : statements.split(";\\s*\\n")) {
            if (statement.strip().isEmpty()) {
                continue;
            }
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

    void undo(long jobId) {
        for (String statement : UNDO.split(";\\s*\\n")) {
            if (!statement.strip().isEmpty()) {
                jdbc.sql(statement).param("job", jobId).update();
            }
        }
    }

    /** The staging column mapped to an attribute, as text; the name was checked against the table. */
    private static String column(Map<String, String> mapping, String attribute) {
        String column = mapping.get(attribute);
        return column == null ? "NULL::text" : "s." + StagingLoader.quote(column) + "::text";
    }
}
