package vn.ntm.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.common.ClusterTasks;
import vn.ntm.imports.ImportFiles;
import vn.ntm.security.BrowserClient;
import vn.ntm.security.Role;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.SecondServer;
import vn.ntm.support.TestAccounts;

/**
 * Two servers on one database, as behind a load balancer: whatever one server knows (a session, a
 * report, an upload, a client's allowance, a scheduled run) the other knows too.
 */
@IntegrationTest
@TestPropertySource(properties = "ntm.reports.poll=1s")
class TwoServersTest {

    private static SecondServer second;

    @Autowired
    ApplicationContext context;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @BeforeEach
    void startTheSecondServer() {
        if (second == null) {
            second = new SecondServer(context, "ntm.reports.poll=1s");
        }
    }

    @AfterAll
    static void stopTheSecondServer() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void signedInOnOneServerWritesOnTheOther() {
        String planner = accounts.user(Role.PROVINCE_PLANNER, "14", List.of());
        BrowserClient onFirst = new BrowserClient(port);
        BrowserClient onSecond = onFirst.on(second.port());

        assertThat(onFirst.login(planner, TestAccounts.PASSWORD).statusCode()).isEqualTo(200);

        assertThat(onSecond.get("/api/me").body()).contains(planner);
        HttpResponse<String> written = onSecond.write("PUT", "/api/provinces/14/reporting-deadlines/year",
                "{\"month\": 11, \"day\": 20, \"source\": \"Quyết định 1/QĐ-UBND\"}", true);
        assertThat(written.statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE actor = :planner").param("planner", planner)
                .query(Integer.class).single()).isPositive();

        assertThat(onSecond.write("POST", "/logout", "", true).statusCode()).isEqualTo(204);
        assertThat(onFirst.get("/api/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aReportStartedOnOneServerIsFollowedAndFetchedOnTheOther() throws Exception {
        String viewer = accounts.user(Role.VIEWER, null, List.of());
        BrowserClient onFirst = new BrowserClient(port);
        onFirst.login(viewer, TestAccounts.PASSWORD);

        HttpResponse<String> started = onFirst.write("POST", "/api/reports",
                "{\"province\": \"14\", \"year\": 2025, \"format\": \"pdf\"}", true);
        assertThat(started.statusCode()).isEqualTo(202);
        String id = json.readTree(started.body()).get("id").asString();

        BrowserClient onSecond = onFirst.on(second.port());
        assertThat(awaitEnd(onSecond, id).get("status").asString()).isEqualTo("done");
        HttpResponse<String> file = onSecond.get("/api/reports/" + id + "/file");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.body()).startsWith("%PDF");
    }

    @Test
    void aReportWhoseServerDiedIsFinishedByAnotherOrFailsAfterTheLastAttempt() throws Exception {
        String viewer = accounts.user(Role.VIEWER, null, List.of());
        BrowserClient browser = new BrowserClient(port);
        browser.login(viewer, TestAccounts.PASSWORD);
        // What a server killed while making a report leaves: running, claimed, no heartbeat for an hour.
        String retried = leftByADeadServer(viewer, 1);
        String lastTry = leftByADeadServer(viewer, 2);

        assertThat(awaitEnd(browser.on(second.port()), retried).get("status").asString()).isEqualTo("done");
        JsonNode failed = awaitEnd(browser, lastTry);
        assertThat(failed.get("status").asString()).isEqualTo("failed");
        assertThat(failed.get("error").asString()).contains("server stopped");
        assertThat(browser.get("/api/reports/" + lastTry + "/file").statusCode()).isEqualTo(409);
    }

    @Test
    void aClientsAllowanceOfReportsHoldsAcrossServers() {
        String address = "198.51.100." + (200 + (int) (Math.random() * 50));
        BrowserClient onFirst = new BrowserClient(port, address);
        BrowserClient onSecond = onFirst.on(second.port());
        // The test profile allows 3 reports per address per 10 minutes.
        assertThat(submit(onFirst)).isEqualTo(201);
        assertThat(submit(onSecond)).isEqualTo(201);
        assertThat(submit(onFirst)).isEqualTo(201);

        assertThat(submit(onSecond)).isEqualTo(429);
        assertThat(submit(onFirst)).isEqualTo(429);
    }

    @Test
    void anUploadTakenByOneServerIsAdjustedAndCommittedOnTheOther(@TempDir Path dir) throws Exception {
        String surveyor = accounts.user(Role.SURVEYOR, "14", List.of());
        BrowserClient onFirst = new BrowserClient(port);
        onFirst.login(surveyor, TestAccounts.PASSWORD);
        Path roads = new ImportFiles(dir).geojson("duong", List.of(Map.of("TEN_DUONG", "Đường bản Hẹo",
                "geometry", "{\"type\":\"LineString\",\"coordinates\":[[103.965,21.305],[103.975,21.312]]}")));

        HttpResponse<String> uploaded = onFirst.post("/api/imports", ImportFiles.form(roads, "14", "road"));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long id = json.readTree(uploaded.body()).get("id").asLong();

        BrowserClient onSecond = onFirst.on(second.port());
        HttpResponse<String> adjusted = onSecond.write("PATCH", "/api/imports/" + id, "{\"encoding\": \"UTF_8\"}",
                true);
        assertThat(adjusted.statusCode()).isEqualTo(200);
        assertThat(json.readTree(adjusted.body()).get("status").asString()).isEqualTo("analyzed");
        assertThat(onSecond.write("POST", "/api/imports/" + id + "/commit", "", true).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT name FROM infrastructure WHERE import_job_id = :id").param("id", id)
                .query(String.class).list()).containsExactly("Đường bản Hẹo");
    }

    @Test
    void scheduledWorkRunsOnOneServerPerInterval() {
        String task = "test-" + UUID.randomUUID();
        ClusterTasks first = context.getBean(ClusterTasks.class);

        assertThat(first.claim(task, Duration.ofHours(1))).isTrue();
        assertThat(second.bean(ClusterTasks.class).claim(task, Duration.ofHours(1))).isFalse();
        assertThat(first.claim(task, Duration.ofHours(1))).isFalse();
        assertThat(second.bean(ClusterTasks.class).claim(task, Duration.ZERO)).isTrue();
    }

    private String leftByADeadServer(String owner, int attempts) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                INSERT INTO report_job (id, owner, province_code, year, period, format, status, progress, step,
                                        attempts, claimed_by, heartbeat_at)
                VALUES (:id::uuid, :owner, '14', 2025, 'year', 'xlsx', 'running', 40, 'map', :attempts,
                        'a-dead-server', now() - interval '1 hour')""")
                .param("id", id).param("owner", owner).param("attempts", attempts).update();
        return id;
    }

    private JsonNode awaitEnd(BrowserClient browser, String id) throws InterruptedException {
        JsonNode job = null;
        for (int i = 0; i < 600; i++) {
            HttpResponse<String> status = browser.get("/api/reports/" + id);
            assertThat(status.statusCode()).isEqualTo(200);
            job = json.readTree(status.body());
            if (job.get("status").asString().matches("done|failed")) {
                return job;
            }
            Thread.sleep(100);
        }
        return job;
    }

    private static int submit(BrowserClient browser) {
        return browser.post("/api/feedback", new Multipart().field("category", "illegal_dump")
                .field("description", "Bãi rác tự phát cạnh suối").field("lon", "103.98").field("lat", "21.31"))
                .statusCode();
    }
}
