package vn.ntm.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * A surveyor's data is never lost or changed silently: concurrent commits land once, Vietnamese
 * condition words are understood and the others must be accepted, the same file again is named,
 * files outlive a commit that did not commit, and abandoned imports are cleaned up.
 */
@IntegrationTest
class ImportSafetyTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportService imports;

    @Autowired
    ImportCleanup cleanup;

    @Autowired
    TransactionTemplate transactions;

    @TempDir
    Path dir;

    Map<String, String> surveyor;

    @BeforeEach
    void setUp() {
        surveyor = accounts.bearer(Role.SURVEYOR, "14", List.of());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void tenParallelCommitsLandOnceAndTheOthersAreConflicts() throws Exception {
        long id = upload(roads("parallel", List.of("Tốt", "Kém"))).get("id").asLong();

        List<Integer> statuses = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> commits = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                commits.add(pool.submit(() -> {
                    start.await();
                    return api.send("POST", "/api/imports/" + id + "/commit", null, surveyor);
                }));
            }
            start.countDown();
            for (Future<Api.Response> commit : commits) {
                Api.Response response = commit.get();
                statuses.add(response.status());
                if (response.status() != 200) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(count("infrastructure WHERE import_job_id = " + id)).isEqualTo(2);
        assertThat(count("import_job WHERE id = " + id + " AND status = 'committed'")).isEqualTo(1);
        assertThat(count("audit_log WHERE entity = 'import' AND entity_id = '" + id + "' AND action = 'commit'"))
                .isEqualTo(1);
        undo(id);
    }

    @Test
    void vietnameseWordsMapToTheirCodesAndTheRestMustBeAcceptedBeforeTheyAreStoredEmpty() throws Exception {
        List<String> conditions = List.of("trung_binh", "xuong_cap", "Tốt", "Hỏng", "Xuống cấp", "Trung bình", "Kém",
                "TỐT", "xuống  cấp", "Khá", "Khá", "??");
        Path file = roads("conditions", conditions);
        long before = count("infrastructure");

        JsonNode job = upload(file);
        long id = job.get("id").asLong();
        JsonNode report = job.get("report");
        assertThat(report.get("blocking")).isEmpty();
        assertThat(report.get("warnings").valueStream().map(JsonNode::asString)).containsExactly("unmapped_values");
        JsonNode unmapped = report.get("unmapped");
        assertThat(unmapped.propertyNames()).containsExactly("condition");
        assertThat(unmapped.get("condition").valueStream().map(v -> v.get("value").asString() + "×" + v.get("count").asLong()))
                .containsExactly("Khá×2", "??×1");

        Api.Response refused = api.send("POST", "/api/imports/" + id + "/commit", null, surveyor);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asString()).isEqualTo("/problems/unaccepted-warnings");
        assertThat(refused.json().get("detail").asString()).contains("'Khá' ×2", "'??' ×1");
        assertThat(refused.json().get("detailVi").asString()).contains("'Khá' ×2");
        assertThat(count("infrastructure")).isEqualTo(before);
        assertThat(status(id)).isEqualTo("analyzed");
        assertThat(api.send("POST", "/api/imports/" + id + "/commit?accept=everything", null, surveyor).status())
                .isEqualTo(400);

        assertThat(api.send("POST", "/api/imports/" + id + "/commit?accept=unmapped_values", null, surveyor).status())
                .isEqualTo(200);
        assertThat(jdbc.sql("""
                SELECT coalesce(condition, '-') || '|' || coalesce(attrs -> 'unmapped' ->> 'condition', '')
                FROM infrastructure WHERE import_job_id = :id ORDER BY name""").param("id", id).query(String.class).list())
                .containsExactly("fair|", "poor|", "good|", "unusable|", "poor|", "fair|", "poor|", "good|", "poor|",
                        "-|Khá", "-|Khá", "-|??");
        undo(id);
    }

    @Test
    void statusAndSurfaceWordsMapTooAndAFileWithoutUnmappedValuesNeedsNoAcceptance() throws Exception {
        Path file = Files.writeString(dir.resolve("status.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{"TEN_DUONG":"A","KET_CAU":"cap_phoi","TRANG_THAI":"Đang xây dựng"},
                  "geometry":{"type":"LineString","coordinates":[[103.965,21.305],[103.966,21.306]]}},
                 {"type":"Feature","properties":{"TEN_DUONG":"B","KET_CAU":"BÊ TÔNG","TRANG_THAI":"quy_hoach"},
                  "geometry":{"type":"LineString","coordinates":[[103.966,21.306],[103.967,21.307]]}},
                 {"type":"Feature","properties":{"TEN_DUONG":"C","KET_CAU":"Nhựa","TRANG_THAI":""},
                  "geometry":{"type":"LineString","coordinates":[[103.967,21.307],[103.968,21.308]]}}]}""");

        JsonNode job = upload(file);
        long id = job.get("id").asLong();

        assertThat(job.get("report").get("warnings")).isEmpty();
        assertThat(api.send("POST", "/api/imports/" + id + "/commit", null, surveyor).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT surface || '|' || status FROM infrastructure WHERE import_job_id = :id ORDER BY name")
                .param("id", id).query(String.class).list())
                .containsExactly("gravel|under_construction", "concrete|planned", "asphalt|existing");
        undo(id);
    }

    @Test
    void theSameFileAgainNamesTheEarlierImportAndMustBeAccepted() throws Exception {
        Path file = roads("again", List.of("Tốt"));
        long first = upload(file).get("id").asLong();
        JsonNode meanwhile = upload(file);
        assertThat(meanwhile.get("report").get("warnings")).isEmpty();
        assertThat(api.send("POST", "/api/imports/" + first + "/commit", null, surveyor).status()).isEqualTo(200);
        long before = count("infrastructure");
        // Analysed before the first was committed: the commit still notices.
        Api.Response late = api.send("POST", "/api/imports/" + meanwhile.get("id").asLong() + "/commit", null, surveyor);
        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("detail").asString()).contains("#" + first);
        undo(meanwhile.get("id").asLong());

        JsonNode again = upload(file);
        long second = again.get("id").asLong();

        JsonNode report = again.get("report");
        assertThat(report.get("warnings").valueStream().map(JsonNode::asString)).containsExactly("same_file");
        assertThat(report.get("sameFile").get(0).get("id").asLong()).isEqualTo(first);
        assertThat(report.get("sameFile").get(0).get("committedAt").asString()).isNotBlank();
        Api.Response refused = api.send("POST", "/api/imports/" + second + "/commit", null, surveyor);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("#" + first);
        assertThat(count("infrastructure")).isEqualTo(before);
        assertThat(api.send("POST", "/api/imports/" + second + "/commit?accept=same_file", null, surveyor).status())
                .isEqualTo(200);
        undo(second);
        undo(first);
    }

    @Test
    void theFilesOfAnImportStayWhenItsCommitDoesNotCommit() throws Exception {
        long id = upload(roads("rollback", List.of("Tốt"))).get("id").asLong();
        Path work = Path.of(workDir(id));
        assertThat(work).exists();
        long before = count("infrastructure");
        String username = accounts.user(Role.SURVEYOR, "14", List.of());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new CurrentUser(0, username, "Test", Role.SURVEYOR, "14", Set.of()), null, List.of()));

        // As if the server died before the transaction committed.
        transactions.executeWithoutResult(tx -> {
            imports.commit(id, List.of());
            tx.setRollbackOnly();
        });

        assertThat(work).exists();
        assertThat(status(id)).isEqualTo("analyzed");
        assertThat(count("infrastructure")).isEqualTo(before);
        assertThat(api.send("POST", "/api/imports/" + id + "/commit", null, surveyor).status()).isEqualTo(200);
        assertThat(work).doesNotExist();
        undo(id);
    }

    @Test
    void importsLeftUntouchedExpireWithTheirStagingTableAndFiles() throws Exception {
        long abandoned = upload(roads("abandoned", List.of("Tốt"))).get("id").asLong();
        long fresh = upload(roads("fresh", List.of("Kém"))).get("id").asLong();
        jdbc.sql("UPDATE import_job SET touched_at = now() - interval '2 hours' WHERE id = :id")
                .param("id", abandoned).update();

        cleanup.cleanUp(Duration.ofHours(1));

        assertThat(status(abandoned)).isEqualTo("expired");
        assertThat(stagingTableExists(abandoned)).isFalse();
        assertThat(Path.of(workDir(abandoned))).doesNotExist();
        assertThat(api.send("POST", "/api/imports/" + abandoned + "/commit", null, surveyor).status()).isEqualTo(409);
        assertThat(status(fresh)).isEqualTo("analyzed");
        assertThat(stagingTableExists(fresh)).isTrue();
        assertThat(Path.of(workDir(fresh))).exists();
        undo(fresh);
    }

    @Test
    void theCleanUpRemovesNoDirectoryOutsideTheImportDirectory() throws Exception {
        long id = upload(roads("elsewhere", List.of("Tốt"))).get("id").asLong();
        Path outside = Files.createTempDirectory("not-an-import");
        Files.writeString(outside.resolve("keep.txt"), "keep");
        jdbc.sql("UPDATE import_job SET work_dir = :dir, touched_at = now() - interval '2 hours' WHERE id = :id")
                .param("dir", outside.toString()).param("id", id).update();

        cleanup.cleanUp(Duration.ofHours(1));

        assertThat(status(id)).isEqualTo("expired");
        assertThat(outside.resolve("keep.txt")).exists();
    }

    @Test
    void thePreviewIsGeoJsonAlsoWhenAskedForAsJson() throws Exception {
        long id = upload(roads("preview", List.of("Tốt", "Kém"))).get("id").asLong();

        Api.Response preview = api.send("GET", "/api/imports/" + id + "/preview", null,
                Map.of("Authorization", surveyor.get("Authorization"), "Accept", "application/json"));

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(preview.json().get("features").size()).isEqualTo(2);
        undo(id);
    }

    /** A road per condition, each named by its position so that the order is known. */
    private Path roads(String name, List<String> conditions) throws Exception {
        StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < conditions.size(); i++) {
            double lon = 103.965 + i * 0.001;
            json.append(i > 0 ? "," : "").append("{\"type\":\"Feature\",\"properties\":{\"TEN_DUONG\":\"")
                    .append(name).append(String.format(" %02d", i)).append("\",\"TINH_TRANG\":\"").append(conditions.get(i))
                    .append("\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[").append(lon)
                    .append(",21.305],[").append(lon + 0.001).append(",21.306]]}}");
        }
        return Files.writeString(dir.resolve(name + ".geojson"), json.append("]}"));
    }

    private JsonNode upload(Path file) {
        Api.Response response = api.post("/api/imports", ImportFiles.form(file, "14", "road"), surveyor);
        assertThat(response.status()).as(new String(response.bytes())).isEqualTo(201);
        return response.json();
    }

    private void undo(long id) {
        assertThat(api.send("DELETE", "/api/imports/" + id, null, surveyor).status()).isEqualTo(200);
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM import_job WHERE id = :id").param("id", id).query(String.class).single();
    }

    private String workDir(long id) {
        return jdbc.sql("SELECT work_dir FROM import_job WHERE id = :id").param("id", id).query(String.class).single();
    }

    private boolean stagingTableExists(long id) {
        return jdbc.sql("SELECT to_regclass(:table) IS NOT NULL").param("table", StagingLoader.table(id))
                .query(Boolean.class).single();
    }

    private long count(String tableAndWhere) {
        return jdbc.sql("SELECT count(*) FROM " + tableAndWhere).query(Long.class).single();
    }
}
