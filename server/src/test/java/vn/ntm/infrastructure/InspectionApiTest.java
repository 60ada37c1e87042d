package vn.ntm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.Images;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.TestAccounts;

@IntegrationTest
class InspectionApiTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fieldStaffAttachADatedInspectionWithAPhoto() {
        long feature = featureIn("03679");
        Map<String, String> officer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679"));
        byte[] photo = Images.png(40, 30);

        Api.Response created = api.post("/api/infrastructure/" + feature + "/inspections", new Multipart()
                .field("inspectedOn", "2026-11-20").field("note", "Mặt đường nứt 20 m")
                .file("photo", "crack.png", "image/png", photo), officer);

        assertThat(created.status()).isEqualTo(201);
        JsonNode listed = api.send("GET", "/api/infrastructure/" + feature + "/inspections", null, officer).json();
        assertThat(listed.get(0).get("note").asString()).isEqualTo("Mặt đường nứt 20 m");
        assertThat(listed.get(0).get("hasPhoto").asBoolean()).isTrue();
        Api.Response stored = api.send("GET", "/api/inspections/" + created.json().get("id").asLong() + "/photo", null,
                officer);
        assertThat(stored.contentType()).isEqualTo("image/png");
        assertThat(stored.bytes()).isEqualTo(photo);
    }

    @Test
    void inspectionsAreForStaffInScopeAndNotInTheFuture() {
        long feature = featureIn("03679");
        Multipart inspection = new Multipart().field("inspectedOn", "2026-01-05").field("note", "ok");

        assertThat(api.post("/api/infrastructure/" + feature + "/inspections", inspection,
                accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03664"))).status()).isEqualTo(403);
        assertThat(api.post("/api/infrastructure/" + feature + "/inspections", inspection,
                accounts.bearer(Role.VIEWER, null, List.of())).status()).isEqualTo(403);
        assertThat(api.get("/api/infrastructure/" + feature + "/inspections").status()).isEqualTo(401);
        assertThat(api.post("/api/infrastructure/" + feature + "/inspections", new Multipart()
                .field("inspectedOn", LocalDate.now().plusDays(3).toString()),
                accounts.bearer(Role.ADMIN, null, List.of())).status()).isEqualTo(400);
    }

    /** An inspection's note and photo are read as they are written: within the feature's province and commune. */
    @Test
    void inspectionsAreReadOnlyInScope() {
        long feature = featureIn("03679");
        long inspection = api.post("/api/infrastructure/" + feature + "/inspections", new Multipart()
                .field("inspectedOn", "2026-11-21").field("note", "Cống bị tắc")
                .file("photo", "drain.png", "image/png", Images.png(20, 20)),
                accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679"))).json().get("id").asLong();
        String list = "/api/infrastructure/" + feature + "/inspections";
        String photo = "/api/inspections/" + inspection + "/photo";
        Map<String, Map<String, String>> allowed = Map.of(
                "admin", accounts.bearer(Role.ADMIN, null, List.of()),
                "planner of the province", accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of()),
                "officer of the commune", accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679")));
        Map<String, Map<String, String>> refused = Map.of(
                "planner of another province", accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of()),
                "officer of another commune", accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03664")),
                "surveyor of the province", accounts.bearer(Role.SURVEYOR, "14", List.of()),
                "viewer", accounts.bearer(Role.VIEWER, null, List.of()));

        allowed.forEach((who, user) -> {
            assertThat(api.send("GET", list, null, user).status()).as(who).isEqualTo(200);
            assertThat(api.send("GET", photo, null, user).status()).as(who).isEqualTo(200);
        });
        refused.forEach((who, user) -> {
            Api.Response notes = api.send("GET", list, null, user);
            assertThat(notes.status()).as(who).isEqualTo(403);
            assertThat(new String(notes.bytes())).as(who).doesNotContain("Cống bị tắc");
            assertThat(api.send("GET", photo, null, user).status()).as(who).isEqualTo(403);
        });
        assertThat(api.get(photo).status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/inspections/" + Long.MAX_VALUE + "/photo", null, allowed.get("admin"))
                .status()).isEqualTo(404);
    }

    private long featureIn(String commune) {
        return jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = :code AND c.valid_to IS NULL ORDER BY i.id LIMIT 1""").param("code", commune)
                .query(Long.class).single();
    }
}
