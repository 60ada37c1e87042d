package vn.ntm.offline;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/** The offline pack of a commune officer's communes, and what makes the map an installable app. */
@IntegrationTest
class OfflinePackApiTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestAccounts accounts;

    @Value("${local.server.port}")
    int port;

    @Test
    void anOfficersPackHoldsTheirCommunesTilesFeaturesAndGapsAndItsEstimatedSize() {
        Map<String, String> officer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of("03679"));

        JsonNode pack = api.send("GET", "/api/offline/pack", null, officer).json();

        List<String> urls = new ArrayList<>();
        pack.get("urls").forEach(u -> urls.add(u.asString()));
        int year = pack.get("year").asInt();
        assertThat(pack.get("communes").get(0).asString()).isEqualTo("03679");
        assertThat(pack.get("minZoom").asInt()).isEqualTo(12);
        assertThat(pack.get("maxZoom").asInt()).isEqualTo(15);
        List<String> tiles = urls.stream().filter(u -> u.startsWith("/tiles/")).toList();
        assertThat(tiles).hasSize(pack.get("tiles").asInt()).allMatch(u -> u.matches(".*\\.mvt\\?v=[0-9]+-[0-9a-f]+&year=" + year))
                .anyMatch(u -> u.startsWith("/tiles/communes/12/")).anyMatch(u -> u.startsWith("/tiles/road/15/"))
                .noneMatch(u -> u.matches("/tiles/\\w+/1[16]/.*"));
        List<Long> features = jdbc.sql("""
                SELECT i.id FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id WHERE c.code = '03679'""")
                .query(Long.class).list();
        assertThat(features).isNotEmpty();
        assertThat(urls.stream().filter(u -> u.matches("/api/infrastructure/\\d+"))
                .map(u -> Long.parseLong(u.substring(u.lastIndexOf('/') + 1))))
                .containsExactlyInAnyOrderElementsOf(features);
        assertThat(urls).contains("/api/units/03679?year=" + year, "/api/gaps?province=14&kind=poor_condition&limit=300",
                "/api/infrastructure/" + features.get(0) + "/inspections");
        assertThat(pack.get("estimatedBytes").asLong()).isGreaterThan(urls.size() * 100L);
        urls.stream().filter(u -> !u.startsWith("/tiles/")).limit(5)
                .forEach(u -> assertThat(api.send("GET", u, null, officer).status()).as(u).isEqualTo(200));
    }

    @Test
    void onlyASignedInCommuneOfficerHasAPack() {
        assertThat(api.get("/api/offline/pack").status()).isEqualTo(401);

        JsonNode refused = api.send("GET", "/api/offline/pack", null,
                accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of())).json();

        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(refused.get("detailVi").asString()).contains("cán bộ xã");
    }

    @Test
    void theServiceWorkerIsServedFromTheRootAlwaysRevalidatedAndTheManifestNamesItsIcons() throws Exception {
        HttpResponse<String> worker = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sw.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(worker.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-cache");
        assertThat(worker.headers().firstValue("Service-Worker-Allowed").orElseThrow()).isEqualTo("/");
        String shell = worker.body();

        Api.Response manifest = api.get("/manifest.webmanifest");
        assertThat(manifest.contentType()).startsWith("application/manifest+json");
        assertThat(manifest.json().get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.json().get("display").asString()).isEqualTo("standalone");
        manifest.json().get("icons").forEach(icon -> {
            Api.Response image = api.get(icon.get("src").asString());
            assertThat(image.status()).isEqualTo(200);
            assertThat(image.contentType()).isEqualTo(icon.get("type").asString());
        });
        // Every file the worker keeps on install is there: one missing would fail the install.
        String list = shell.substring(shell.indexOf("SHELL_FILES"), shell.indexOf("];"));
        List<String> files = new ArrayList<>();
        Matcher paths = Pattern.compile("'(/[^']*)'").matcher(list.substring(0, list.indexOf("...[")));
        while (paths.find()) {
            files.add(paths.group(1));
        }
        Matcher modules = Pattern.compile("'([a-z-]+)'").matcher(list.substring(list.indexOf("...[")));
        while (modules.find()) {
            files.add("/app/" + modules.group(1) + ".js");
        }
        assertThat(files).contains("/", "/api/meta", "/app/main.js", "/app/offline.js").hasSizeGreaterThan(25);
        files.forEach(file -> assertThat(api.get(file).status()).as(file).isEqualTo(200));
        // ... and every module the map page imports is among them: one missing and the map never starts offline.
        assertThat(files).containsAll(modulesOf("/app/main.js", new java.util.TreeSet<>()));
    }

    /** The module and every module it imports, directly or not. */
    private java.util.Set<String> modulesOf(String module, java.util.Set<String> found) {
        if (found.add(module)) {
            Matcher imports = Pattern.compile("from '\\./([a-z-]+\\.js)'").matcher(new String(api.get(module).bytes(), java.nio.charset.StandardCharsets.UTF_8));
            while (imports.find()) {
                modulesOf("/app/" + imports.group(1), found);
            }
        }
        return found;
    }
}
