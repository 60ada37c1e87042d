package vn.ntm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class InfrastructureUpdateTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUpdateIsAuditedWithBeforeAndAfterAndMovesTheTileVersion() {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of());
        long id = road("15");
        JsonNode before = api.get("/api/infrastructure/" + id).json();
        long tileVersion = tileVersion();

        JsonNode after = api.send("PATCH", "/api/infrastructure/" + id,
                "{\"surface\": \"earth\", \"condition\": \"poor\", \"version\": " + before.get("version").asInt() + "}",
                planner).json();

        assertThat(after.get("surface").asString()).isEqualTo("earth");
        assertThat(after.get("hardened").asBoolean()).isFalse();
        assertThat(after.get("version").asInt()).isEqualTo(before.get("version").asInt() + 1);
        assertThat(tileVersion()).isGreaterThan(tileVersion);
        Map<String, Object> audit = jdbc.sql("""
                SELECT actor, action, before ->> 'surface' AS before_surface, after ->> 'surface' AS after_surface,
                       province_code
                FROM audit_log WHERE entity = 'infrastructure' AND entity_id = :id ORDER BY id DESC LIMIT 1""")
                .param("id", String.valueOf(id)).query().singleRow();
        assertThat(audit).containsEntry("action", "update").containsEntry("after_surface", "earth")
                .containsEntry("before_surface", before.get("surface").asString()).containsEntry("province_code", "15");
        assertThat((String) audit.get("actor")).startsWith("t-province.planner");
    }

    @Test
    void thePublicSeesAFeatureWithoutTheNameOfWhoEditedIt() {
        long id = road("15");
        Map<String, String> viewer = accounts.bearer(Role.VIEWER, "15", List.of());

        JsonNode anonymous = api.get("/api/infrastructure/" + id).json();
        JsonNode signedIn = api.send("GET", "/api/infrastructure/" + id, null, viewer).json();

        assertThat(anonymous.get("condition")).isEqualTo(signedIn.get("condition"));
        assertThat(anonymous.get("updatedBy").isNull()).isTrue();
        assertThat(signedIn.get("updatedBy").asString()).isNotBlank();
    }

    @Test
    void ofTwoConcurrentUpdatesFromTheSameVersionOneWinsAndTheOtherGetsAConflict() throws Exception {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of());
        long id = road("15");
        int version = api.get("/api/infrastructure/" + id).json().get("version").asInt();
        CyclicBarrier start = new CyclicBarrier(2);

        List<CompletableFuture<Api.Response>> updates = List.of("good", "unusable").stream()
                .map(condition -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return api.send("PATCH", "/api/infrastructure/" + id,
                            "{\"condition\": \"" + condition + "\", \"version\": " + version + "}", planner);
                })).toList();

        List<Integer> statuses = updates.stream().map(f -> f.join().status()).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);
        assertThat(api.get("/api/infrastructure/" + id).json().get("version").asInt()).isEqualTo(version + 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"condition\": \"broken\", \"version\": 0}|condition",
            "{\"status\": \"gone\", \"version\": 0}|status",
            "{\"condition\": \"good\"}|version"})
    void badUpdatesAreProblemsNamingTheField(String body, String field) {
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());

        Api.Response response = api.send("PATCH", "/api/infrastructure/" + road("12"), body, admin);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(field);
    }

    @Test
    void surfaceIsOnlyForRoads() {
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());
        long school = jdbc.sql("SELECT id FROM infrastructure WHERE category = 'school' LIMIT 1").query(Long.class).single();

        Api.Response response = api.send("PATCH", "/api/infrastructure/" + school,
                "{\"surface\": \"asphalt\", \"version\": 0}", admin);

        assertThat(response.status()).isEqualTo(400);
    }

    @Test
    void unknownFeatureIsNotFound() {
        assertThat(api.get("/api/infrastructure/999999999").status()).isEqualTo(404);
    }

    private long road(String province) {
        return jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE i.category = 'road' AND c.province_code = :province ORDER BY i.id LIMIT 1""")
                .param("province", province).query(Long.class).single();
    }

    private long tileVersion() {
        return jdbc.sql("SELECT version FROM data_version WHERE source = 'infrastructure'").query(Long.class).single();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
