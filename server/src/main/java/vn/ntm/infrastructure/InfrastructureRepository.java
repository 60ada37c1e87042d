package vn.ntm.infrastructure;

import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;

/** Reads infrastructure features. */
@Repository
public class InfrastructureRepository {

    private static final String SUMMARY = Sql.load(InfrastructureRepository.class, "summary.sql");
    private static final String FIND = Sql.load(InfrastructureRepository.class, "find-feature.sql");
    private static final String UPDATE = Sql.load(InfrastructureRepository.class, "update-condition.sql");
    private static final String PLACE = Sql.load(InfrastructureRepository.class, "field-place.sql");

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

    /**
     * Where a geometry lies and whether it lies within {@code provinceCode} and {@code communes} (null: no
     * limit); empty when its midpoint is in no commune.
     */
    Optional<FeaturePlace> place(Geometry geometry, String provinceCode, String[] communes) {
        return jdbc.sql(PLACE).param("wkb", new WKBWriter().write(geometry)).param("province", provinceCode)
                .param("communes", communes).query(FeaturePlace.class).optional();
    }

    boolean isCategory(String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM infra_category WHERE code = :code)").param("code", code)
                .query(Boolean.class).single();
    }

    /** Applies the change if the feature is still at the client's version; false if it moved on. */
    boolean update(long id, ConditionUpdate change, String actor) {
        return jdbc.sql(UPDATE).param("id", id).param("version", change.version())
                .param("condition", change.condition()).param("status", change.status())
                .param("surface", change.surface()).param("hardened_surfaces", ConditionUpdate.HARDENED.toArray(String[]::new))
                .param("actor", actor).update() == 1;
    }
}
