package vn.ntm.infrastructure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;
import vn.ntm.security.CurrentUser;

/** Finds gaps with one statement over all kinds. */
@Repository
class GapRepository {

    private static final String GAPS = Sql.load(GapRepository.class, "gaps.sql");
    private static final String PAGE = GAPS.formatted(Sql.load(GapRepository.class, "gaps-page.sql"));
    private static final String COUNTS = GAPS.formatted(Sql.load(GapRepository.class, "gaps-counts.sql"));

    private final JdbcClient jdbc;

    GapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of gaps; {@code user}'s communes, then province, first (otherwise by commune name). */
    GapPage find(GapQuery query, Optional<CurrentUser> user) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (GapKind kind : GapKind.values()) {
            counts.put(kind.code(), 0L);
        }
        bind(jdbc.sql(COUNTS), query).query(rs -> {
            counts.put(rs.getString("kind"), rs.getLong("n"));
        });
        long[] total = {0};
        List<Gap> items = bind(jdbc.sql(PAGE), query)
                .param("kind", query.kind() == null ? null : query.kind().code())
                .param("own_province", user.map(CurrentUser::provinceCode).orElse(null))
                .param("own_communes", user.map(u -> u.communes().toArray(String[]::new)).orElse(null))
                .param("limit", query.limit()).param("offset", query.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Gap(rs.getString("kind"), rs.getString("category"),
                            rs.getObject("feature_id", Long.class), rs.getString("name"), rs.getString("condition"),
                            rs.getString("surface"), rs.getString("commune_code"), rs.getString("commune_name"),
                            rs.getString("village_code"), rs.getString("village_name"), rs.getDouble("lon"),
                            rs.getDouble("lat"), rs.getBoolean("is_demo"));
                }).list();
        return new GapPage(total[0], counts, items);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, GapQuery query) {
        return statement.param("province", query.province()).param("commune", query.commune())
                .param("category", query.category()).param("village_facilities", VillageFacilities.categories());
    }
}
