package vn.ntm.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.TestAccounts;

/** Each role, in and out of its scope, against the write endpoints; checked by the service layer. */
@IntegrationTest
class AuthorisationMatrixTest {

    /** Who is calling: a role and scope, or nobody, or a bogus token. */
    record Caller(String label, Role role, String province, List<String> communes) {
        @Override
        public String toString() {
            return label;
        }
    }

    static final Caller ANONYMOUS = new Caller("anonymous", null, null, List.of());
    static final Caller BAD_TOKEN = new Caller("unknown token", null, null, List.of());


    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> infrastructureUpdate() {
        return Stream.of(
                Arguments.of(new Caller("admin", Role.ADMIN, null, List.of()), 200),
                Arguments.of(new Caller("planner of Sơn La", Role.PROVINCE_PLANNER, "14", List.of()), 200),
                Arguments.of(new Caller("planner of Lai Châu", Role.PROVINCE_PLANNER, "12", List.of()), 403),
                Arguments.of(new Caller("officer of Chiềng Sinh", Role.COMMUNE_OFFICER, "14", List.of("03679")), 200),
                Arguments.of(new Caller("officer of Chiềng An", Role.COMMUNE_OFFICER, "14", List.of("03664")), 403),
                Arguments.of(new Caller("officer in Lai Châu", Role.COMMUNE_OFFICER, "12", List.of("03388")), 403),
                Arguments.of(new Caller("surveyor of Sơn La", Role.SURVEYOR, "14", List.of()), 403),
                Arguments.of(new Caller("viewer", Role.VIEWER, null, List.of()), 403),
                Arguments.of(ANONYMOUS, 401),
                Arguments.of(BAD_TOKEN, 401));
    }

    @ParameterizedTest(name = "{0} updating a feature in Chiềng Sinh (Sơn La): {1}")
    @MethodSource("infrastructureUpdate")
    void infrastructureUpdate(Caller caller, int expected) {
        long id = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = '03679' AND c.valid_to IS NULL ORDER BY i.id LIMIT 1""").query(Long.class).single();
        int version = api.get("/api/infrastructure/" + id).json().get("version").asInt();
        long auditBefore = auditEntries(id);

        Api.Response response = api.send("PATCH", "/api/infrastructure/" + id,
                "{\"condition\": \"fair\", \"version\": " + version + "}", headers(caller));

        assertThat(response.status()).isEqualTo(expected);
        assertThat(response.contentType()).startsWith(expected == 200 ? "application/json" : "application/problem+json");
        assertThat(auditEntries(id)).isEqualTo(expected == 200 ? auditBefore + 1 : auditBefore);
    }

    /** A write endpoint of Sơn La or its commune Chiềng Sinh, called the way its users call it. */
    enum Write {
        INSPECTION("recording an inspection in Chiềng Sinh", 201),
        CRITERIA("recording Chiềng Sinh's criteria", 200),
        RECOGNITION("recognising a commune of Sơn La", 201),
        TARGET("setting a target of Sơn La", 200),
        IMPORT("uploading a file for Sơn La", 201);

        final String label;
        final int success;

        Write(String label, int success) {
            this.label = label;
            this.success = success;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    static final Caller ADMIN = new Caller("admin", Role.ADMIN, null, List.of());
    static final Caller PLANNER = new Caller("planner of Sơn La", Role.PROVINCE_PLANNER, "14", List.of());
    static final Caller OTHER_PLANNER = new Caller("planner of Lai Châu", Role.PROVINCE_PLANNER, "12", List.of());
    /** Also officer of Mường Chiên (03688), a xã: Chiềng Sinh is a ward, where no criteria are recorded. */
    static final Caller OFFICER = new Caller("officer of Chiềng Sinh", Role.COMMUNE_OFFICER, "14",
            List.of("03679", "03688"));
    static final Caller OTHER_OFFICER = new Caller("officer of Chiềng An", Role.COMMUNE_OFFICER, "14", List.of("03664"));
    static final Caller SURVEYOR = new Caller("surveyor of Sơn La", Role.SURVEYOR, "14", List.of());
    static final Caller VIEWER = new Caller("viewer", Role.VIEWER, null, List.of());

    /**
     * Who may do each write: everyone else is refused, 401 without a valid identity, 403 without the
     * right, and for criteria (checked row by row, like a bulk upload) 400 naming the row out of scope.
     */
    static Stream<Arguments> everyWrite() {
        Map<Write, List<Caller>> allowed = Map.of(
                Write.INSPECTION, List.of(ADMIN, PLANNER, OFFICER),
                Write.CRITERIA, List.of(ADMIN, PLANNER, OFFICER),
                Write.RECOGNITION, List.of(ADMIN, PLANNER),
                Write.TARGET, List.of(ADMIN, PLANNER),
                Write.IMPORT, List.of(ADMIN, PLANNER, SURVEYOR));
        List<Caller> callers = List.of(ADMIN, PLANNER, OTHER_PLANNER, OFFICER, OTHER_OFFICER, SURVEYOR, VIEWER, ANONYMOUS,
                BAD_TOKEN);
        return Stream.of(Write.values()).flatMap(write -> callers.stream().map(caller -> {
            int expected = allowed.get(write).contains(caller) ? write.success
                    : caller.role() == null ? 401
                    : write == Write.CRITERIA && caller.role().may(Action.EDIT_CRITERIA) ? 400 : 403;
            return Arguments.of(write, caller, expected);
        }));
    }

    @ParameterizedTest(name = "{1} {0}: {2}")
    @MethodSource("everyWrite")
    void everyWrite(Write write, Caller caller, int expected) {
        long auditBefore = jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single();
        Api.Response response = send(write, caller);

        assertThat(response.status()).as(response.json() == null ? "" : response.json().toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log").query(Long.class).single()).isEqualTo(auditBefore);
        }
    }

    private Api.Response send(Write write, Caller caller) {
        Map<String, String> headers = headers(caller);
        return switch (write) {
            case INSPECTION -> api.post("/api/infrastructure/" + featureInChiengSinh() + "/inspections",
                    new Multipart().field("inspectedOn", "2026-01-05").field("note", "Kiểm tra định kỳ"), headers);
            case CRITERIA -> api.send("PUT", "/api/units/03688/criteria/2025",
                    "{\"version\": %d, \"results\": [{\"number\": \"1\", \"result\": \"Đạt\"}]}".formatted(
                            api.get("/api/units/03688?year=2025").json().get("criteria").get("version").asInt()), headers);
            case RECOGNITION -> api.send("POST", "/api/units/" + recognisedCommune() + "/status-events",
                    "{\"event\": \"re_acknowledged\", \"level\": \"standard\", \"eventDate\": \"2025-12-30\", "
                            + "\"decisionNo\": \"77/QĐ-UBND\"}", headers);
            // A year of its own for each caller allowed to create a target; a target names its decision (issue 11).
            case TARGET -> api.send("PUT", "/api/provinces/14/targets/" + (caller == ADMIN ? 2041 : 2042)
                    + "/communes_model", "{\"value\": 20, \"decisionNo\": \"9/QĐ-UBND\", "
                            + "\"decisionDate\": \"2026-01-02\"}", headers);
            case IMPORT -> api.post("/api/imports", new Multipart().field("province", "14").field("target", "villages")
                    .file("file", "ban.geojson", "application/geo+json", """
                            {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"TEN_THON": "Bản Thử"},
                             "geometry": {"type": "Polygon", "coordinates": [[[103.96, 21.30], [103.961, 21.30], [103.961, 21.301],
                             [103.96, 21.301], [103.96, 21.30]]]}}]}""".getBytes(StandardCharsets.UTF_8)), headers);
        };
    }

    private long featureInChiengSinh() {
        return jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = '03679' AND c.valid_to IS NULL ORDER BY i.id LIMIT 1""").query(Long.class).single();
    }

    /** A commune of Sơn La other than Chiềng Sinh standing at the standard level with every criterion met. */
    private String recognisedCommune() {
        return jdbc.sql("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND province_code = '14' AND valid_to IS NULL
                  AND code <> '03679' AND status_at(id, DATE '2025-12-31') = 'standard'
                  AND criteria_met(id, 2025) = criteria_total('commune', 2025)
                ORDER BY code LIMIT 1""").query(String.class).single();
    }

    private Map<String, String> headers(Caller caller) {
        if (caller == ANONYMOUS) {
            return Map.of();
        }
        if (caller == BAD_TOKEN) {
            return Map.of("Authorization", "Bearer ntm_not-a-real-token");
        }
        return accounts.bearer(caller.role(), caller.province(), caller.communes());
    }

    private long auditEntries(long id) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'infrastructure' AND entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single();
    }
}
