package vn.ntm.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.IntegrationTest;

/**
 * The test database starts empty (./ntm test creates it afresh; a container is new), so the
 * application's start-up has just run every migration on it.
 */
@IntegrationTest
class MigrationTest {

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationAppliedAndNonePending() {
        MigrationInfo[] applied = flyway.info().applied();

        assertThat(applied).isNotEmpty().allSatisfy(m -> assertThat(m.getState().isFailed()).isFalse());
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(Arrays.stream(applied).map(MigrationInfo::getVersion).map(Object::toString))
                .startsWith("1", "2", "3");
        flyway.validate();
    }

    @Test
    void criteriaSetsOfThreePeriods() {
        assertThat(criteria("XA_NTM_2016_2020")).isEqualTo(19);
        assertThat(criteria("XA_NTM_2021_2025")).isEqualTo(19);
        assertThat(criteria("XA_NTM_2026_2030")).isEqualTo(10);
    }

    @Test
    void searchKeyDropsDiacriticsInSql() {
        assertThat(jdbc.sql("SELECT search_key(' Phường  CHIỀNG Sinh, Điện Biên ')").query(String.class).single())
                .isEqualTo("phuong chieng sinh, dien bien");
    }

    /** The check value of shared/data/README.md: WGS84 to VN-2000 / TM-3 104°00' (EPSG 9206). */
    @Test
    void provincialZoneConvertsWithTheOfficialShift() {
        double[] xy = jdbc.sql("""
                SELECT ST_X(p), ST_Y(p) FROM ST_Transform(ST_SetSRID(ST_MakePoint(103.9855, 21.3270), 4326), 9206) p""")
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();

        assertThat(xy[0]).isCloseTo(498299.841, within(1.0));
        assertThat(xy[1]).isCloseTo(2359152.871, within(1.0));
    }

    private int criteria(String set) {
        return jdbc.sql("SELECT count(*) FROM criterion c JOIN criteria_set s ON s.id = c.set_id WHERE s.code = :code")
                .param("code", set).query(Integer.class).single();
    }
}
