package vn.ntm.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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
class FeedbackApiTest {

    /** A point inside Phường Chiềng Sinh (Sơn La). */
    static final String LON = "103.98", LAT = "21.31";
    static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenReportsWithAPhotoAndFollowsItWithoutSeeingPrivateFields() {
        Api.Response created = submit(newClient(), new Multipart().field("category", "road_damage")
                .field("description", "Đường vào bản bị sạt lở <script>alert(1)</script>")
                .field("lon", LON).field("lat", LAT).field("contact", "0912 345 678")
                .file("photo", "road.png", "image/png", Images.png(64, 48)));

        assertThat(created.status()).isEqualTo(201);
        String reference = created.json().get("reference").asString();
        assertThat(reference).matches("PA-[0-9A-Z]{8}");
        JsonNode followed = api.get("/api/feedback/" + reference).json();
        assertThat(followed.get("status").asString()).isEqualTo("pending");
        assertThat(followed.get("communeName").asString()).isEqualTo("Phường Chiềng Sinh");
        assertThat(followed.get("description").asString()).contains("<script>");
        assertThat(followed.has("reporterContact")).isFalse();
        assertThat(followed.has("internalNote")).isFalse();
        assertThat(new String(api.get("/api/feedback/" + reference).bytes(), StandardCharsets.UTF_8))
                .doesNotContain("0912");
    }

    @Test
    void theCommuneOfficerModeratesAndTheReporterSeesTheOutcome() {
        String reference = submit(newClient(), report()).json().get("reference").asString();
        Map<String, String> officer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679"));
        JsonNode queued = api.send("GET", "/api/moderation/feedback?status=pending&limit=200", null, officer).json()
                .valueStream().filter(f -> f.get("reference").asString().equals(reference)).findFirst().orElseThrow();
        long road = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = '03679' AND c.valid_to IS NULL AND i.category = 'road' LIMIT 1""").query(Long.class).single();

        Api.Response accepted = api.send("PATCH", "/api/moderation/feedback/" + queued.get("id").asLong(),
                "{\"status\": \"accepted\", \"infrastructureId\": " + road + ", \"publicNote\": \"Đã tiếp nhận\", "
                        + "\"internalNote\": \"giao tổ đường\", \"version\": " + queued.get("version").asInt() + "}",
                officer);

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("infrastructureId").asLong()).isEqualTo(road);
        JsonNode followed = api.get("/api/feedback/" + reference).json();
        assertThat(followed.get("status").asString()).isEqualTo("accepted");
        assertThat(followed.get("publicNote").asString()).isEqualTo("Đã tiếp nhận");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity = 'feedback' AND entity_id = :ref")
                .param("ref", reference).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void moderatorsSeeOnlyTheirAreaAndTheAnonymousNothing() {
        String reference = submit(newClient(), report()).json().get("reference").asString();
        long id = jdbc.sql("SELECT id FROM feedback WHERE reference = :r").param("r", reference).query(Long.class).single();
        Map<String, String> otherOfficer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03664"));
        Map<String, String> otherPlanner = accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of());
        Map<String, String> viewer = accounts.bearer(Role.VIEWER, null, List.of());

        assertThat(api.get("/api/moderation/feedback").status()).isEqualTo(401);
        assertThat(api.send("GET", "/api/moderation/feedback", null, viewer).status()).isEqualTo(403);
        assertThat(references(api.send("GET", "/api/moderation/feedback?limit=200", null, otherOfficer).json()))
                .doesNotContain(reference);
        assertThat(api.send("PATCH", "/api/moderation/feedback/" + id,
                "{\"status\": \"rejected\", \"version\": 0}", otherPlanner).status()).isEqualTo(404);
        assertThat(api.send("GET", "/api/moderation/feedback/" + id + "/photo", null, otherPlanner).status())
                .isEqualTo(404);
    }

    @Test
    void photosMustBeRealImagesWithinTheLimits() {
        Map<String, String> client = newClient();
        Api.Response fake = submit(client, report().file("photo", "x.jpg", "image/jpeg",
                "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8)));
        Api.Response huge = submit(newClient(), report().file("photo", "big.png", "image/png", Images.png(8000, 6000)));

        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("photo");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("detail").asString()).contains("pixels");
    }

    @Test
    void badReportsAreProblemsAndStoreNothing() {
        int before = jdbc.sql("SELECT count(*) FROM feedback").query(Integer.class).single();

        assertThat(submit(newClient(), new Multipart().field("category", "ufo").field("description", "xxxxxx")
                .field("lon", LON).field("lat", LAT)).status()).isEqualTo(400);
        // Outside every commune of the country (Bangkok): the whole country is loaded, so Hồ Chí Minh no longer is.
        assertThat(submit(newClient(), new Multipart().field("category", "other").field("description", "ngoài vùng")
                .field("lon", "100.5").field("lat", "13.75")).status()).isEqualTo(400);
        assertThat(submit(newClient(), new Multipart().field("category", "other").field("description", "x")
                .field("lon", LON).field("lat", LAT)).status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM feedback").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void oneAddressMaySubmitOnlySoOften() {
        Map<String, String> client = newClient();
        for (int i = 0; i < 3; i++) {
            assertThat(submit(client, report()).status()).isEqualTo(201);
        }

        Api.Response limited = submit(client, report());

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(submit(newClient(), report()).status()).isEqualTo(201);
    }

    @Test
    void submittingWithoutTheCsrfTokenIsRefused() {
        assertThat(api.post("/api/feedback", report(), Map.of("X-Forwarded-For", "203.0.113.250")).status())
                .isEqualTo(401);
    }

    @Test
    void unknownReferenceIsNotFoundAndAMalformedOneIsABadRequest() {
        assertThat(api.get("/api/feedback/PA-22222222").status()).isEqualTo(404);
        assertThat(api.get("/api/feedback/" + Api.encode("' OR 1=1")).status()).isEqualTo(400);
    }

    private Api.Response submit(Map<String, String> client, Multipart form) {
        return api.post("/api/feedback", form, client);
    }

    private static Multipart report() {
        return new Multipart().field("category", "illegal_dump").field("description", "Bãi rác tự phát cạnh suối")
                .field("lon", LON).field("lat", LAT);
    }

    /** A distinct client address with its CSRF cookie and header. */
    private Map<String, String> newClient() {
        Map<String, String> headers = new HashMap<>(api.csrf());
        headers.put("X-Forwarded-For", "198.51.100." + CLIENTS.getAndIncrement());
        return headers;
    }

    private static List<String> references(JsonNode list) {
        return list.valueStream().map(f -> f.get("reference").asString()).toList();
    }
}
