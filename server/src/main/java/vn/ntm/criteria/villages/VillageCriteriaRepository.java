package vn.ntm.criteria.villages;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.ntm.common.Sql;

/** A province's own criteria sets of one kind (its villages', or a commune tier's): read and added. */
@Repository
class VillageCriteriaRepository {

    private static final String INSERT_SET = Sql.load(VillageCriteriaRepository.class, "insert-set.sql");
    private static final String FIND_SETS = Sql.load(VillageCriteriaRepository.class, "find-sets.sql");
    private static final String OVERLAPS = Sql.load(VillageCriteriaRepository.class, "overlaps.sql");
    private static final String INSERT_CRITERION = Sql.load(VillageCriteriaRepository.class, "insert-criterion.sql");

    private final JdbcClient jdbc;

    VillageCriteriaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VillageCriteriaSet> forProvince(String province, SetKind kind) {
        return jdbc.sql(FIND_SETS)
                .param("province", province).param("level", kind.level()).param("tier", kind.tier())
                .query((rs, n) -> new VillageCriteriaSet(rs.getInt("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getInt("year_from"), rs.getInt("year_to"), rs.getString("number"),
                        rs.getObject("sign_date", LocalDate.class), criteria(rs.getInt("id"))))
                .list();
    }

    private List<VillageCriteriaSet.Criterion> criteria(int setId) {
        return jdbc.sql("SELECT number, name_vi, name_en, is_key FROM criterion WHERE set_id = :set ORDER BY number")
                .param("set", setId).query((rs, n) -> new VillageCriteriaSet.Criterion(rs.getInt("number"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getBoolean("is_key")))
                .list();
    }

    /** Whether a set of this kind of the province already covers any of these years. */
    boolean overlaps(String province, SetKind kind, int yearFrom, int yearTo) {
        return jdbc.sql(OVERLAPS)
                .param("province", province).param("level", kind.level()).param("tier", kind.tier())
                .param("year_from", yearFrom).param("year_to", yearTo)
                .query(Boolean.class).single();
    }

    int insert(String province, String provinceName, SetKind kind, VillageCriteriaSet set) {
        int id = jdbc.sql(INSERT_SET)
                .param("decision_no", set.decisionNo().strip()).param("decision_date", set.decisionDate())
                .param("issuer", "UBND " + provinceName).param("title", set.nameVi().strip())
                .param("code", kind.codePrefix() + province + "_" + set.yearFrom() + "_" + set.yearTo())
                .param("level", kind.level()).param("tier", kind.tier())
                .param("name_vi", set.nameVi().strip())
                .param("name_en", orVietnamese(set.nameEn(), set.nameVi()))
                .param("year_from", set.yearFrom()).param("year_to", set.yearTo()).param("province", province)
                .query(Integer.class).single();
        for (VillageCriteriaSet.Criterion c : set.criteria()) {
            jdbc.sql(INSERT_CRITERION)
                    .param("set", id).param("number", c.number()).param("name_vi", c.nameVi().strip())
                    .param("name_en", orVietnamese(c.nameEn(), c.nameVi()))
                    .param("key", Boolean.TRUE.equals(c.key())).update();
        }
        return id;
    }

    /** The English name, or the Vietnamese one where none was given. */
    private static String orVietnamese(String english, String vietnamese) {
        return english == null || english.isBlank() ? vietnamese.strip() : english.strip();
    }
}
