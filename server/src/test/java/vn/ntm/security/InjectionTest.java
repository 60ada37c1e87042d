package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * SQL put into every filter and search parameter, and into path codes, is only ever text: the answer
 * is a result or a 400/404 problem, never a server error, a leaked secret or a changed database.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public class InjectionTest {

    static final List<String> PAYLOADS = List.of("x' OR '1'='1", "1; DROP TABLE admin_unit; --",
            "%' UNION SELECT password_hash, username FROM app_user --", "\\'; SELECT pg_sleep(5); --");

    /** Every read with a filter, the parameter replaced by {@code $}. */
    public static final List<String> READS = List.of(
            "/api/units?q=$", "/api/units?province=$", "/api/units?level=$", "/api/units?year=$",
            "/api/units/at?lon=$&lat=21.3", "/api/units/$", "/api/units/$/map-indicators",
            "/api/units/03679/map-indicators?maxKm=$", "/api/status/summary?province=$",
            "/api/status/summary?level=$", "/api/gaps?province=$", "/api/gaps?commune=$", "/api/gaps?kind=$",
            "/api/gaps?category=$", "/api/provinces/$/indicators", "/api/provinces/14/indicators?year=$",
            "/api/provinces/$/checks", "/api/provinces/$/targets", "/api/provinces/$/village-criteria",
            "/api/provinces/$/target-baselines", "/api/provinces/$/classifications",
            "/api/provinces/14/classifications?year=$", "/api/provinces/$/reporting-deadlines",
            "/api/feedback/$", "/api/criteria/template?province=$&year=2025", "/api/audit?entity=$",
            "/api/audit?entityId=$", "/api/audit?actor=$", "/api/audit.csv?actor=$", "/api/imports?province=$",
            "/api/moderation/feedback?status=$", "/tiles/communes/5/25/14.mvt?year=$", "/tiles/$.json");

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    Map<String, String> admin;
    long units;

    @BeforeAll
    void countUnits() {
        admin = accounts.bearer(Role.ADMIN, null, List.of());
        units = jdbc.sql("SELECT count(*) FROM admin_unit").query(Long.class).single();
    }

    static Stream<Arguments> attempts() {
        return READS.stream().flatMap(read -> PAYLOADS.stream().map(payload -> Arguments.of(read, payload)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("attempts")
    void isOnlyText(String read, String payload) {
        Api.Response response = api.send("GET", read.replace("$", Api.encode(payload)), null, admin);

        assertThat(response.status()).as(read).isIn(200, 400, 404);
        String body = new String(response.bytes());
        assertThat(body).doesNotContain("$2a$").doesNotContain("{bcrypt}").doesNotContain("SQLState")
                .doesNotContain("PSQLException");
    }

    @AfterAll
    void databaseIsUnchanged() {
        assertThat(jdbc.sql("SELECT count(*) FROM admin_unit").query(Long.class).single()).isEqualTo(units);
    }
}
