package vn.ntm.infrastructure;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;

/** Reads infrastructure features. */
@Repository
public class InfrastructureRepository {

    private static final String SUMMARY = Sql.load(InfrastructureRepository.class, "summary.sql");
    private static final String FIND = Sql.load(InfrastructureRepository.class, "find-feature.sql");
    private static final String UPDATE = Sql.load(InfrastructureRepository.class, "update-condition.sql");

    private final JdbcClient jdbc;

    InfrastructureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per category, the features in a province, commune or village. */
    public List<InfrastructureSummary> summary(long unitId) {
        return jdbc.sql(SUMMARY).param("unit_id", unitId)
                .query(InfrastructureSummary.class).list();
    }

    Optional<InfrastructureFeature> find(long id) {
        return jdbc.sql(FIND).param("id", id)
                .query(InfrastructureFeature.class).optional();
    }

    /** Applies the change if the feature is still at the client's version; false if it moved on. */
    boolean update(long id, ConditionUpdate change, String actor) {
        return jdbc.sql(UPDATE).param("id", id).param("version", change.version())
                .param("condition", change.condition()).param("status", change.status())
                .param("surface", change.surface()).param("hardened_surfaces", ConditionUpdate.HARDENED.toArray(String[]::new))
                .param("actor", actor).update() == 1;
    }
}
