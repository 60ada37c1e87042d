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
    private static final List<String> UNDO = Sql.statements(ImportCommitter.class, "undo.sql");

    private final JdbcClient jdbc;

    ImportCommitter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void commit(long jobId, ImportTarget target, String province, int srid, Map<String, String> mapping,
            String source, String actor) {
        jdbc.sql(STAGED.formatted(column(mapping, "name"), column(mapping, "code"), column(mapping, "commune"),
                column(mapping, "subtype"), column(mapping, "condition"), column(mapping, "surface"),
                column(mapping, "status"), StagingLoader.table(jobId))).param("srid", srid).update();
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

    void undo(long jobId) {
        UNDO.forEach(statement -> jdbc.sql(statement).param("job", jobId).update());
    }

    /** The staging column mapped to an attribute, as text; the name was checked against the table. */
    private static String column(Map<String, String> mapping, String attribute) {
        String column = mapping.get(attribute);
        return column == null ? "NULL::text" : "s." + StagingLoader.quote(column) + "::text";
    }
}
