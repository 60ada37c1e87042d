package vn.ntm.infrastructure;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;

/** Reads infrastructure features. */
@Repository
public class InfrastructureRepository {

    private static final String SUMMARY = Sql.load(InfrastructureRepository.class, "summary.sql");

    private final JdbcClient jdbc;

    InfrastructureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per category, the features in a province, commune or village. */
    public List<InfrastructureSummary> summary(long unitId) {
        return jdbc.sql(SUMMARY).param("unit_id", unitId)
                .query((rs, n) -> new InfrastructureSummary(rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getInt("n"), rs.getInt("poor"),
                        rs.getObject("unhardened", Integer.class), rs.getObject("length_km", Double.class),
                        rs.getObject("unhardened_km", Double.class)))
                .list();
    }
}
