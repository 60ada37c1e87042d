package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ntm.support.IntegrationTest;

/** Only PostGIS/PROJ refusing a coordinate system means "does not fit"; other database errors surface. */
@IntegrationTest
class CrsResolverTest {

    static final String UTM_48N = "+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs";

    @Autowired
    CrsResolver resolver;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aSystemProjCannotParseOrApplyDoesNotFit() {
        assertThat(resolver.inside(new double[] {0, 0, 1, 1}, "+proj=nonsense", "14", false)).isFalse();
        assertThat(resolver.inside(new double[] {1e30, 1e30, 1e30, 1e30}, UTM_48N, "14", false)).isFalse();
    }

    @Test
    void aSystemThatPlacesTheDataInTheProvinceFits() {
        // Sơn La's point in UTM 48N, computed by PostGIS from its boundary.
        double[] xy = jdbc.sql("""
                SELECT ARRAY[ST_X(p), ST_Y(p)] FROM (SELECT ST_Transform(ST_PointOnSurface(geom), 32648) AS p
                FROM admin_unit WHERE level = 'province' AND code = '14' AND valid_to IS NULL) x""")
                .query((rs, n) -> {
                    Double[] a = (Double[]) rs.getArray(1).getArray();
                    return new double[] {a[0], a[1]};
                }).single();

        assertThat(resolver.inside(new double[] {xy[0], xy[1], xy[0], xy[1]}, UTM_48N, "14", false)).isTrue();
    }

    @Test
    void anyOtherDatabaseErrorIsNotTakenForAnUnfitSystem() {
        // import_area cannot be found on this search path: an error of the database, not of the system.
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            jdbc.sql("SET LOCAL search_path = pg_catalog").update();
            resolver.inside(new double[] {0, 0, 1, 1}, UTM_48N, "14", false);
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("import_area");
    }

    @Test
    void onlyPostgisInternalErrorsAboutProjAreRefusals() {
        assertThat(CrsResolver.projRefused(error("could not parse proj string '+proj=x'", "XX000"))).isTrue();
        assertThat(CrsResolver.projRefused(error("transform: Point outside of projection domain (2050)", "XX000")))
                .isTrue();
        assertThat(CrsResolver.projRefused(error("could not form projection (LWPROJ) from 'srid=0'", "XX000"))).isTrue();
        assertThat(CrsResolver.projRefused(error("transform: connection reset", "08006"))).isFalse();
        assertThat(CrsResolver.projRefused(error("canceling statement due to statement timeout", "57014"))).isFalse();
        assertThat(CrsResolver.projRefused(error("cache lookup failed", "XX000"))).isFalse();
    }

    private static DataAccessException error(String message, String state) {
        return new UncategorizedSQLException("check", "SELECT", new SQLException(message, state));
    }
}
