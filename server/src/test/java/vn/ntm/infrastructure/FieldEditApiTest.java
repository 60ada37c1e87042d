package vn.ntm.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
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
import vn.ntm.support.VectorTile;

/** Adding, moving and reshaping features in the field: scope, versions, hostile GeoJSON, history and undo. */
@IntegrationTest
class FieldEditApiTest {

    /** A commune of Lào Cai (15) with a demo road inside it, and a neighbour of it. */
    static final String COMMUNE = """
            SELECT c.code FROM admin_unit c
            WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.province_code = '15'
              AND EXISTS (SELECT 1 FROM infrastructure i WHERE i.commune_id = c.id AND i.category = 'road'
                          AND GeometryType(i.geom) = 'LINESTRING' AND ST_Covers(c.geom, i.geom))
            ORDER BY c.code LIMIT 1""";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    String commune;
    String neighbour;
    Map<String, String> officer;

    @BeforeEach
    void officerOfOneCommune() {
        commune = jdbc.sql(COMMUNE).query(String.class).single();
        neighbour = jdbc.sql("""
                SELECT n.code FROM admin_unit c JOIN admin_unit n ON n.level = 'commune' AND n.valid_to IS NULL
                  AND n.province_code = '15' AND n.id <> c.id AND ST_Intersects(n.geom, c.geom)
                WHERE c.code = :code AND c.valid_to IS NULL ORDER BY n.code LIMIT 1""")
                .param("code", commune).query(String.class).single();
        officer = accounts.bearer(Role.COMMUNE_OFFICER, "15", List.of(commune));
    }

    @Test
    void anOfficerAddsAFacilityAtTheirGpsPositionWithItsAccuracyAudited() {
        String name = "Trường thử " + UUID.randomUUID();

        Api.Response response = api.send("POST", "/api/infrastructure", """
                {"category": "school", "name": "%s", "condition": "fair", "positionSource": "gps", "accuracy": 8.5,
                 "geometry": %s}""".formatted(name, point(commune, 1)), officer);

        assertThat(response.status()).isEqualTo(201);
        JsonNode feature = response.json();
        long id = feature.get("id").asLong();
        assertThat(response.headers()).isNotNull();
        assertThat(feature.get("communeCode").asString()).isEqualTo(commune);
        assertThat(feature.get("geometry").get("type").asString()).isEqualTo("Point");
        assertThat(feature.get("positionAccuracy").asDouble()).isEqualTo(8.5);
        assertThat(feature.get("version").asInt()).isZero();
        Map<String, Object> row = jdbc.sql("""
                SELECT name, condition, position_source, position_accuracy_m, data_source, is_demo,
                       ST_Equals(geom, ST_GeomFromGeoJSON(:point)) AS at_point
                FROM infrastructure WHERE id = :id""").param("id", id).param("point", point(commune, 1))
                .query().singleRow();
        assertThat(row).containsEntry("name", name).containsEntry("condition", "fair")
                .containsEntry("position_source", "gps").containsEntry("position_accuracy_m", 8.5f)
                .containsEntry("data_source", "field").containsEntry("is_demo", false).containsEntry("at_point", true);
        Map<String, Object> audit = lastAudit(id);
        assertThat(audit).containsEntry("action", "add").containsEntry("province_code", "15")
                .containsEntry("before_geometry", null).containsEntry("after_type", "Point");
    }

    @Test
    void anOfficerDrawsARoadAndReshapesIt() {
        String line = jdbc.sql("""
                SELECT ST_AsGeoJSON(i.geom) FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = :code AND c.valid_to IS NULL AND i.category = 'road'
                  AND GeometryType(i.geom) = 'LINESTRING' AND ST_Covers(c.geom, i.geom) ORDER BY i.id LIMIT 1""")
                .param("code", commune).query(String.class).single();
        JsonNode road = api.send("POST", "/api/infrastructure",
                "{\"category\": \"road\", \"name\": \"Đường vẽ thử\", \"surface\": \"concrete\", \"geometry\": "
                + line + "}", officer).json();
        long id = road.get("id").asLong();
        assertThat(road.get("positionSource").asString()).isEqualTo("map");
        assertThat(road.get("surface").asString()).isEqualTo("concrete");
        assertThat(road.get("hardened").asBoolean()).isTrue();

        // Reshaped: only its first half, a vertex on the way, so the line stays where it was drawn.
        String half = jdbc.sql("""
                SELECT ST_AsGeoJSON(ST_MakeLine(ARRAY[ST_StartPoint(g), ST_LineInterpolatePoint(g, 0.25),
                                                      ST_LineInterpolatePoint(g, 0.5)]))
                FROM ST_GeomFromGeoJSON(:line) AS g""").param("line", line).query(String.class).single();
        JsonNode reshaped = api.send("PUT", "/api/infrastructure/" + id + "/geometry",
                "{\"geometry\": " + half + ", \"version\": 0}", officer).json();

        assertThat(reshaped.get("version").asInt()).isEqualTo(1);
        assertThat(reshaped.get("geometry").get("coordinates").size()).isEqualTo(3);
        assertThat(lastAudit(id)).containsEntry("action", "move").containsEntry("after_type", "LineString")
                .containsEntry("before_vertices", road.get("geometry").get("coordinates").size())
                .containsEntry("after_vertices", 3);
    }

    @Test
    void aMovedPointKeepsItsHistoryAndAPlannerUndoesTheMove() {
        long id = api.send("POST", "/api/infrastructure", "{\"category\": \"market\", \"positionSource\": \"gps\", "
                + "\"accuracy\": 12, \"geometry\": " + point(commune, 1) + "}", officer).json().get("id").asLong();
        JsonNode moved = api.send("PUT", "/api/infrastructure/" + id + "/geometry",
                "{\"geometry\": " + point(commune, 2) + ", \"positionSource\": \"map\", \"version\": 0}", officer).json();
        assertThat(moved.get("version").asInt()).isEqualTo(1);
        assertThat(atPoint(id, point(commune, 2))).isTrue();

        JsonNode history = api.send("GET", "/api/infrastructure/" + id + "/history", null, officer).json();
        assertThat(history.valueStream().map(e -> e.get("action").asString())).containsExactly("add", "move");
        assertThat(history.get(1).get("before").get("geometry")).isEqualTo(history.get(0).get("after").get("geometry"));
        assertThat(history.get(1).get("after").get("geometry").get("coordinates"))
                .isEqualTo(moved.get("geometry").get("coordinates"));
        assertThat(api.get("/api/infrastructure/" + id + "/history").status()).isEqualTo(401);

        // Only a planner undoes; the officer is refused and nothing changes.
        assertThat(api.send("POST", "/api/infrastructure/" + id + "/undo", "{\"version\": 1}", officer).status())
                .isEqualTo(403);
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of());
        JsonNode undone = api.send("POST", "/api/infrastructure/" + id + "/undo", "{\"version\": 1}", planner).json();

        assertThat(undone.get("version").asInt()).isEqualTo(2);
        assertThat(undone.get("positionSource").asString()).isEqualTo("gps");
        assertThat(undone.get("positionAccuracy").asDouble()).isEqualTo(12);
        assertThat(atPoint(id, point(commune, 1))).isTrue();
        assertThat(lastAudit(id)).containsEntry("action", "undo");
        // The undo is the latest change now: there is nothing further to undo.
        assertThat(api.send("POST", "/api/infrastructure/" + id + "/undo", "{\"version\": 2}", planner).status())
                .isEqualTo(409);
    }

    @Test
    void aPlannerUndoesAnAdditionByRemovingTheFeature() {
        long id = addSchool(officer, point(commune, 1));
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of());
        Map<String, String> otherPlanner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());

        assertThat(api.send("POST", "/api/infrastructure/" + id + "/undo", "{\"version\": 0}", otherPlanner).status())
                .isEqualTo(403);
        Api.Response response = api.send("POST", "/api/infrastructure/" + id + "/undo", "{\"version\": 0}", planner);

        assertThat(response.status()).isEqualTo(204);
        assertThat(api.get("/api/infrastructure/" + id).status()).isEqualTo(404);
        assertThat(lastAudit(id)).containsEntry("action", "undo").containsEntry("after_type", null);
    }

    @Test
    void aConditionUpdateIsNotUndoneHere() {
        long id = addSchool(officer, point(commune, 1));
        api.send("PATCH", "/api/infrastructure/" + id, "{\"condition\": \"poor\", \"version\": 0}", officer);
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "15", List.of());

        Api.Response response = api.send("POST", "/api/infrastructure/" + id + "/undo", "{\"version\": 1}", planner);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("detailVi").asString()).isNotBlank();
    }

    @Test
    void anAddedAndThenMovedFeatureIsServedWhereItNowIsByTilesOgcApiAndExports() {
        String name = "Chợ thử " + UUID.randomUUID();
        long id = api.send("POST", "/api/infrastructure", "{\"category\": \"market\", \"name\": \"" + name
                + "\", \"geometry\": " + point(commune, 1) + "}", officer).json().get("id").asLong();
        assertThat(servedAt(id, name, coordinates(commune, 1))).isTrue();

        api.send("PUT", "/api/infrastructure/" + id + "/geometry", "{\"geometry\": " + point(commune, 2)
                + ", \"version\": 0}", officer);

        assertThat(servedAt(id, name, coordinates(commune, 2))).isTrue();
    }

    /** Whether the tile at {@code lonLat}, the OGC API item and the province's CSV export all have the feature there. */
    boolean servedAt(long id, String name, String lonLat) {
        double lon = Double.parseDouble(lonLat.split(", ")[0]);
        double lat = Double.parseDouble(lonLat.split(", ")[1]);
        int z = 15;
        int x = (int) Math.floor((lon + 180) / 360 * (1 << z));
        double latRad = Math.toRadians(lat);
        int y = (int) Math.floor((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2 * (1 << z));
        Api.Response tile = api.get("/tiles/market/" + z + "/" + x + "/" + y + ".mvt");
        boolean inTile = tile.status() == 200 && VectorTile.decode(z, x, y, tile.bytes()).layers().get("market")
                .getGeometries().stream().anyMatch(g -> ((Number) VectorTile.properties(g).get("id")).longValue() == id);
        JsonNode item = api.get("/ogc/collections/market/items/" + id).json();
        boolean inOgc = item.get("geometry").get("coordinates").get(0).asDouble() == lon
                && item.get("geometry").get("coordinates").get(1).asDouble() == lat
                && name.equals(item.get("properties").get("name").asString());
        String csv = new String(api.get("/api/exports/infrastructure?province=15&format=csv").bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        boolean inExport = csv.lines().anyMatch(l -> l.startsWith(id + ",") && l.contains(name)
                && l.contains(String.format(java.util.Locale.ROOT, "%.6f", lon)));
        assertThat(List.of(inTile, inOgc, inExport)).as("tile, OGC API, export").containsOnly(true);
        return true;
    }

    @Test
    void aStaleVersionIsAConflictCarryingTheCurrentVersionAndChangesNothing() {
        long id = addSchool(officer, point(commune, 1));
        api.send("PUT", "/api/infrastructure/" + id + "/geometry", "{\"geometry\": " + point(commune, 2)
                + ", \"version\": 0}", officer);
        String before = snapshot();

        Api.Response response = api.send("PUT", "/api/infrastructure/" + id + "/geometry",
                "{\"geometry\": " + point(commune, 3) + ", \"version\": 0}", officer);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("currentVersion").asInt()).isEqualTo(1);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void outsideTheirCommunesAnOfficerIsForbiddenAndNothingChanges() {
        String before = snapshot();
        long existing = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE c.code = :code AND c.valid_to IS NULL AND GeometryType(i.geom) = 'POINT' ORDER BY i.id LIMIT 1""")
                .param("code", neighbour).query(Long.class).single();
        int version = api.get("/api/infrastructure/" + existing).json().get("version").asInt();

        // A school in the neighbouring commune, a road from their commune into it, a feature of the
        // neighbour moved into their commune, their own feature moved out, and a point in another province.
        assertThat(api.send("POST", "/api/infrastructure", school(point(neighbour, 1)), officer).status()).isEqualTo(403);
        String crossing = "{\"type\": \"LineString\", \"coordinates\": [[" + coordinates(commune, 1) + "], ["
                + coordinates(neighbour, 1) + "]]}";
        assertThat(api.send("POST", "/api/infrastructure", "{\"category\": \"road\", \"geometry\": " + crossing + "}",
                officer).status()).isEqualTo(403);
        assertThat(api.send("PUT", "/api/infrastructure/" + existing + "/geometry",
                "{\"geometry\": " + point(commune, 1) + ", \"version\": " + version + "}", officer).status()).isEqualTo(403);
        String sonLa = jdbc.sql("SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL "
                + "AND province_code = '14' AND geom IS NOT NULL ORDER BY code LIMIT 1").query(String.class).single();
        assertThat(api.send("POST", "/api/infrastructure", school(point(sonLa, 1)), officer).status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(before);

        long own = addSchool(officer, point(commune, 1));
        String afterAdding = snapshot();
        assertThat(api.send("PUT", "/api/infrastructure/" + own + "/geometry",
                "{\"geometry\": " + point(neighbour, 1) + ", \"version\": 0}", officer).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/infrastructure", school(point(commune, 1)), Map.of()).status()).isEqualTo(401);
        Map<String, String> viewer = accounts.bearer(Role.VIEWER, "15", List.of());
        assertThat(api.send("POST", "/api/infrastructure", school(point(commune, 1)), viewer).status()).isEqualTo(403);
        assertThat(snapshot()).isEqualTo(afterAdding);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "NaN coordinate|school|{\"type\": \"Point\", \"coordinates\": [NaN, 22]}|400",
            "infinite coordinate|school|{\"type\": \"Point\", \"coordinates\": [1e400, 22]}|422",
            "off the globe|school|{\"type\": \"Point\", \"coordinates\": [200, 22]}|422",
            "outside Vietnam|school|{\"type\": \"Point\", \"coordinates\": [2.35, 48.85]}|422",
            "at sea inside Vietnam's extent|school|{\"type\": \"Point\", \"coordinates\": [110.5, 12.5]}|422",
            "text coordinates|school|{\"type\": \"Point\", \"coordinates\": [\"104\", \"22\"]}|422",
            "text altitude|school|{\"type\": \"Point\", \"coordinates\": [104, 22, \"high\"]}|422",
            "one ordinate|school|{\"type\": \"Point\", \"coordinates\": [104]}|422",
            "nested too deep|school|{\"type\": \"Point\", \"coordinates\": [[[[104, 22]]]]}|422",
            "wrong type for a facility|school|{\"type\": \"LineString\", \"coordinates\": [[104, 22], [104.01, 22]]}|422",
            "wrong type for a road|road|{\"type\": \"Point\", \"coordinates\": [104, 22]}|422",
            "polygon|school|{\"type\": \"Polygon\", \"coordinates\": [[[104, 22], [104.01, 22], [104, 22.01], [104, 22]]]}|422",
            "geometry collection|school|{\"type\": \"GeometryCollection\", \"geometries\": [{\"type\": \"Point\", \"coordinates\": [104, 22]}]}|422",
            "a feature, not a geometry|school|{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [104, 22]}}|422",
            "no type|school|{\"coordinates\": [104, 22]}|422",
            "not an object|school|\"POINT(104 22)\"|422",
            "null geometry|school|null|422",
            "web mercator crs|school|{\"type\": \"Point\", \"coordinates\": [11577227, 2511525], \"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:3857\"}}}|422",
            "self-intersecting road|road|{\"type\": \"LineString\", \"coordinates\": [[104, 22], [104.01, 22.01], [104.01, 22], [104, 22.01]]}|422",
            "one-point road|road|{\"type\": \"LineString\", \"coordinates\": [[104, 22]]}|422",
            "zero-length road|road|{\"type\": \"LineString\", \"coordinates\": [[104, 22], [104, 22]]}|422",
            "unknown category|bridge2|{\"type\": \"Point\", \"coordinates\": [104, 22]}|400"})
    void hostileGeometryIsRefusedAndChangesNothing(String what, String category, String geometry, int status) {
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());
        String before = snapshot();

        Api.Response added = api.send("POST", "/api/infrastructure",
                "{\"category\": \"" + category + "\", \"geometry\": " + geometry + "}", admin);

        assertThat(added.status()).as(what).isEqualTo(status);
        assertThat(added.contentType()).startsWith("application/problem+json");
        assertThat(snapshot()).as(what).isEqualTo(before);
        if (!"bridge2".equals(category)) {
            long id = jdbc.sql("SELECT id FROM infrastructure WHERE category = :category ORDER BY id LIMIT 1")
                    .param("category", category).query(Long.class).single();
            int version = api.get("/api/infrastructure/" + id).json().get("version").asInt();
            Api.Response moved = api.send("PUT", "/api/infrastructure/" + id + "/geometry",
                    "{\"geometry\": " + geometry + ", \"version\": " + version + "}", admin);
            assertThat(moved.status()).as(what).isEqualTo(status);
            assertThat(snapshot()).as(what).isEqualTo(before);
        }
    }

    @Test
    void aHugeCoordinatesArrayIsRefusedAndChangesNothing() {
        Map<String, String> admin = accounts.bearer(Role.ADMIN, null, List.of());
        String before = snapshot();
        String vertices = IntStream.range(0, FieldGeometry.MAX_VERTICES + 1)
                .mapToObj(i -> "[" + (104 + i * 1e-5) + ", " + (22 + (i % 2) * 1e-5) + "]").collect(Collectors.joining(","));

        Api.Response response = api.send("POST", "/api/infrastructure",
                "{\"category\": \"road\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": [" + vertices + "]}}", admin);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("detail").asString()).contains("vertices");
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"category\": \"school\", \"condition\": \"broken\"}|condition",
            "{\"category\": \"school\", \"status\": \"gone\"}|status",
            "{\"category\": \"school\", \"positionSource\": \"radio\"}|positionSource",
            "{\"category\": \"school\", \"positionSource\": \"gps\", \"accuracy\": -1}|accuracy",
            "{\"category\": \"school\", \"positionSource\": \"gps\", \"accuracy\": 1e400}|accuracy",
            "{\"category\": \"school\", \"accuracy\": 5}|accuracy",
            "{\"category\": \"school\", \"surface\": \"asphalt\"}|surface",
            "{\"category\": \"road\", \"surface\": \"lava\"}|surface",
            "{\"category\": \"school\", \"name\": \"a\\u0000b\"}|name",
            "{\"category\": \"school\", \"name\": \"%s\"}|name",
            "{\"name\": \"x\"}|category"})
    void badFieldsAreProblemsNamingTheField(String fields, String field) {
        String before = snapshot();
        String body = fields.formatted("x".repeat(NewFeature.MAX_NAME + 1)).replaceFirst("}$",
                ", \"geometry\": " + point(commune, 1) + "}");

        Api.Response response = api.send("POST", "/api/infrastructure", body, officer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo(field);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aGeometryChangeWithoutAVersionIsRefused() {
        long id = addSchool(officer, point(commune, 1));

        Api.Response response = api.send("PUT", "/api/infrastructure/" + id + "/geometry",
                "{\"geometry\": " + point(commune, 2) + "}", officer);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("version");
    }

    /** The {@code n}th of a fixed set of random points inside the commune, as GeoJSON. */
    String point(String code, int n) {
        return "{\"type\": \"Point\", \"coordinates\": [" + coordinates(code, n) + "]}";
    }

    String coordinates(String code, int n) {
        return jdbc.sql("""
                SELECT round(ST_X(p)::numeric, 7) || ', ' || round(ST_Y(p)::numeric, 7)
                FROM admin_unit c, ST_GeometryN(ST_GeneratePoints(ST_Buffer(c.geom, -0.002), 3, 42), :n) AS p
                WHERE c.code = :code AND c.valid_to IS NULL""").param("code", code).param("n", n)
                .query(String.class).single();
    }

    static String school(String point) {
        return "{\"category\": \"school\", \"name\": \"Trường thử\", \"geometry\": " + point + "}";
    }

    long addSchool(Map<String, String> user, String point) {
        Api.Response response = api.send("POST", "/api/infrastructure", school(point), user);
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("id").asLong();
    }

    boolean atPoint(long id, String point) {
        return jdbc.sql("SELECT ST_Equals(geom, ST_GeomFromGeoJSON(:point)) FROM infrastructure WHERE id = :id")
                .param("id", id).param("point", point).query(Boolean.class).single();
    }

    Map<String, Object> lastAudit(long id) {
        return jdbc.sql("""
                SELECT action, province_code, before -> 'geometry' ->> 'type' AS before_geometry,
                       after -> 'geometry' ->> 'type' AS after_type,
                       jsonb_array_length(before -> 'geometry' -> 'coordinates') AS before_vertices,
                       jsonb_array_length(after -> 'geometry' -> 'coordinates') AS after_vertices
                FROM audit_log WHERE entity = 'infrastructure' AND entity_id = :id ORDER BY id DESC LIMIT 1""")
                .param("id", String.valueOf(id)).query().singleRow();
    }

    /** Every feature's id, version and geometry, and the number of audit entries: what a refusal must not change. */
    String snapshot() {
        return jdbc.sql("""
                SELECT md5(string_agg(id || ':' || row_version || ':' || ST_AsEWKT(geom), ',' ORDER BY id))
                       || (SELECT count(*) FROM audit_log)
                FROM infrastructure""").query(String.class).single();
    }
}
