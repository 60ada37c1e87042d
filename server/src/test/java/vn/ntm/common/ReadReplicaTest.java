package vn.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/**
 * A server with a streaming read replica (NTM_TEST_DB_READ_URL, which ./ntm test starts): visitors'
 * map reads come from the replica and catch up with a write, never failing; the writer reads its
 * own write at once. Skipped without a replica, except under ./ntm test (NTM_REPLICA_TESTS=required).
 */
@IntegrationTest
@TestPropertySource(properties = "ntm.read-replica.url=${NTM_TEST_DB_READ_URL:}")
class ReadReplicaTest {

    private static final String REPLICA = System.getenv("NTM_TEST_DB_READ_URL");

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void aReplicaIsGiven() {
        boolean given = REPLICA != null && !REPLICA.isBlank();
        String why = "a streaming replica of the test database is needed in NTM_TEST_DB_READ_URL (./ntm test starts one)";
        if ("required".equals(System.getenv("NTM_REPLICA_TESTS"))) {
            assertTrue(given, why);
        }
        assumeTrue(given, why);
    }

    @Test
    void lagTolerantReadsTakeReplicaConnectionsAndAllElseThePrimary() {
        assertThat(inRecovery()).isFalse();
        try (ReadReplica.LagTolerant read = ReadReplica.lagTolerant()) {
            assertThat(inRecovery()).isTrue();
        }
        assertThat(inRecovery()).isFalse();
    }

    @Test
    void aWriteShowsOnTheVisitorsMapAfterReplicationNeverAnErrorAndAtOnceToItsWriter() throws Exception {
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());
        Map<String, Object> road = jdbc.sql("""
                SELECT i.id, i.row_version AS version, i.condition FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
                WHERE i.category = 'road' AND c.province_code = '14' ORDER BY i.id DESC LIMIT 1""")
                .query().singleRow();
        String condition = "unusable".equals(road.get("condition")) ? "poor" : "unusable";
        String path = "/api/infrastructure/" + road.get("id");

        Api.Response written = api.send("PATCH", path,
                "{\"condition\": \"" + condition + "\", \"version\": " + road.get("version") + "}", planner);
        assertThat(written.status()).isEqualTo(200);
        assertThat(api.send("GET", path, null, planner).json().get("condition").asString()).isEqualTo(condition);

        List<Integer> statuses = new ArrayList<>();
        String seen = null;
        for (int i = 0; i < 300 && !condition.equals(seen); i++) {
            Api.Response read = api.get(path);
            statuses.add(read.status());
            seen = read.status() == 200 ? read.json().get("condition").asString() : null;
            Thread.sleep(100);
        }
        assertThat(seen).isEqualTo(condition);
        assertThat(statuses).containsOnly(200);
        assertThat(api.get("/ogc/collections").status()).isEqualTo(200);
        assertThat(replicaConnections()).isPositive();
    }

    private boolean inRecovery() {
        return jdbc.sql("SELECT pg_is_in_recovery()").query(Boolean.class).single();
    }

    /** The server's connections to the replica, as the replica sees them. */
    private static int replicaConnections() throws SQLException {
        try (Connection replica = DriverManager.getConnection(REPLICA, System.getenv("NTM_TEST_DB_USER"),
                System.getenv("NTM_TEST_DB_PASSWORD"));
                ResultSet count = replica.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                                + ReadReplicaConfiguration.APPLICATION_NAME + "'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
