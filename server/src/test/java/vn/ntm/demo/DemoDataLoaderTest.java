package vn.ntm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.IntegrationTest;

@IntegrationTest
class DemoDataLoaderTest {

    static final List<String> TABLES = List.of("admin_unit", "admin_unit_lineage", "status_event",
            "criterion_result", "indicator_result", "infrastructure", "target");

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadingTwiceAddsNothing() {
        Map<String, Integer> before = counts();

        loader.load();

        assertThat(counts()).isEqualTo(before);
        assertThat(before.values()).allSatisfy(n -> assertThat(n).isPositive());
    }

    @Test
    void realBoundariesKeepTheirNamesAndCodes() {
        assertThat(count("level = 'commune' AND valid_to IS NULL")).isEqualTo(3321);
        assertThat(count("level = 'province' AND valid_to IS NULL")).isEqualTo(34);
        assertThat(count("level = 'commune' AND valid_to IS NULL AND province_code IN ('12', '14', '15')"))
                .isEqualTo(38 + 75 + 99);
        assertThat(count("level IN ('province', 'commune') AND valid_to IS NULL AND is_demo")).isZero();
        assertThat(count("full_name = 'Phường Chiềng Sinh' AND code = '03679' AND valid_to IS NULL AND NOT is_demo")).isEqualTo(1);
        assertThat(count("level IN ('province', 'commune') AND valid_to IS NULL AND (geom IS NULL OR NOT ST_IsValid(geom))"))
                .isZero();
    }

    @Test
    void theDemoProvincesKeepTheirFullResolutionAndTheOthersComeFromTheNationalSet() {
        assertThat(count("level = 'province' AND valid_to IS NULL AND data_source = '" + BoundaryLoader.SOURCE + "'"))
                .isEqualTo(3);
        assertThat(count("level IN ('province', 'commune') AND valid_to IS NULL AND data_source = '"
                + BoundaryLoader.NATIONAL_SOURCE + "'")).isEqualTo(31 + 3321 - (38 + 75 + 99));
        // Lâm Đồng (68): the merged province, beside its pre-merger unit that carries the 2022 targets.
        assertThat(count("level = 'commune' AND valid_to IS NULL AND province_code = '68'")).isEqualTo(124);
        // The national set writes one name "xã Bắc Sơn": its kind is read all the same, the prefix written as usual.
        assertThat(count("code = '06325' AND kind = 'xa' AND full_name = 'Xã Bắc Sơn' AND name = 'Bắc Sơn'")).isEqualTo(1);
        assertThat(count("level = 'commune' AND valid_to IS NULL AND kind = 'dac_khu'")).isEqualTo(13);
    }

    @Test
    void onlyTheDemoProvincesGetGeneratedData() {
        assertThat(count("is_demo AND province_code NOT IN ('12', '14', '15')")).isZero();
        assertThat(jdbc.sql("""
                SELECT (SELECT count(*) FROM status_event e JOIN admin_unit u ON u.id = e.unit_id
                        WHERE u.province_code NOT IN ('10', '12', '14', '15'))
                     + (SELECT count(*) FROM criterion_result r JOIN admin_unit u ON u.id = r.unit_id
                        WHERE u.province_code NOT IN ('12', '14', '15'))
                     + (SELECT count(*) FROM infrastructure i JOIN admin_unit u ON u.id = i.commune_id
                        WHERE u.province_code NOT IN ('12', '14', '15'))
                     + (SELECT count(*) FROM commune_classification k JOIN admin_unit u ON u.id = k.unit_id
                        WHERE u.province_code NOT IN ('12', '14', '15'))""").query(Integer.class).single())
                .isZero();
    }

    @Test
    void generatedUnitsAreLabelledDemoAndLieInsideTheirCommune() {
        assertThat(count("level = 'village' AND NOT is_demo")).isZero();
        assertThat(count("level = 'village' AND data_source NOT LIKE '%demo%'")).isZero();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id
                WHERE v.level = 'village' AND NOT ST_CoveredBy(v.geom, ST_Buffer(c.geom, 0.00001))""")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aCommuneStandingAtALevelMetEveryCriterionThatYear() {
        int violations = jdbc.sql("""
                SELECT count(*)
                FROM admin_unit c
                CROSS JOIN (VALUES (2025), (2026)) y (year)
                WHERE c.level = 'commune' AND c.valid_to IS NULL
                  AND status_at(c.id, make_date(y.year, 12, 31)) <> 'none'
                  AND criteria_met(c.id, y.year) <> criteria_total('commune', y.year)""")
                .query(Integer.class).single();

        assertThat(violations).isZero();
        assertThat(count("level = 'commune' AND valid_to IS NULL AND status_at(id, DATE '2026-12-31') <> 'none'"))
                .isPositive();
    }

    @Test
    void indicatorResultsAgreeWithTheirCriterion() {
        int violations = jdbc.sql("""
                SELECT count(*)
                FROM criterion_result r
                WHERE r.year = 2025 AND EXISTS (SELECT 1 FROM indicator i WHERE i.criterion_id = r.criterion_id)
                  AND (r.result = 'met') <> (SELECT bool_and(x.met) FROM indicator_result x
                                              JOIN indicator i ON i.id = x.indicator_id
                                              WHERE x.unit_id = r.unit_id AND x.year = r.year
                                                AND i.criterion_id = r.criterion_id)""")
                .query(Integer.class).single();

        assertThat(violations).isZero();
    }

    @Test
    void mergedCommunesLostTheirRecognitionOnTheMergerDate() {
        assertThat(jdbc.sql("""
                SELECT count(*) FROM admin_unit p
                WHERE p.valid_to = DATE '2025-07-01' AND p.level = 'commune'
                  AND status_at(p.id, DATE '2025-07-01') <> 'none'""").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM status_event WHERE event = 'lapsed_by_merger'")
                .query(Integer.class).single()).isPositive();
    }

    private Map<String, Integer> counts() {
        return TABLES.stream().collect(Collectors.toMap(Function.identity(),
                t -> jdbc.sql("SELECT count(*) FROM " + t).query(Integer.class).single()));
    }

    private int count(String where) {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE " + where).query(Integer.class).single();
    }
}
