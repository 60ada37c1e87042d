package vn.ntm.status;

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
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.TestAccounts;

/** A status event recorded in error is withdrawn by a planner of its province, newest first, and audited. */
@IntegrationTest
class StatusWithdrawalTest {

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRevocationRecordedInErrorIsWithdrawnAndTheAuditSaysHow() {
        String code = jdbc.sql("SELECT code FROM admin_unit WHERE level = 'commune' AND province_code = '14' "
                + "AND kind = 'xa' AND valid_to IS NULL AND status_at(id, current_date) <> 'none' ORDER BY code LIMIT 1")
                .query(String.class).single();
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());
        String before = api.get("/api/units/" + code).json().get("status").asString();
        JsonNode recorded = api.send("POST", "/api/units/" + code + "/status-events", """
                {"event": "revoked", "level": "standard", "eventDate": "%s", "decisionNo": "W-1/QĐ-UBND"}"""
                .formatted(LocalDate.now()), planner).json();
        long revocation = recorded.get(recorded.size() - 1).get("id").asLong();
        assertThat(api.get("/api/units/" + code).json().get("status").asString()).isEqualTo("none");
        JsonNode entry = api.send("GET", "/api/audit?entity=status&entityId=" + code + "&limit=1", null, planner)
                .json().get(0);
        assertThat(entry.get("undo").get("request").asString())
                .isEqualTo("DELETE /api/units/" + code + "/status-events/" + revocation);
        assertThat(entry.get("undo").get("howVi").asString()).startsWith("Rút sự kiện");

        Api.Response withdrawn = api.send("DELETE", "/api/units/" + code + "/status-events/" + revocation, null,
                planner);

        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().findValues("id").stream().map(JsonNode::asLong)).doesNotContain(revocation);
        assertThat(api.get("/api/units/" + code).json().get("status").asString()).isEqualTo(before);
        JsonNode audited = api.send("GET", "/api/audit?entity=status&entityId=" + code + "&limit=1", null, planner)
                .json().get(0);
        assertThat(audited.get("action").asString()).isEqualTo("withdraw");
        assertThat(audited.get("before").asString()).contains("W-1/QĐ-UBND");
        assertThat(audited.get("undo").get("request").asString())
                .isEqualTo("POST /api/units/" + code + "/status-events");
    }

    @Test
    void onlyTheNewestEventOfTheUnitAndOnlyInScope() {
        String code = jdbc.sql("SELECT u.code FROM admin_unit u WHERE u.level = 'commune' AND u.province_code = '14' "
                + "AND u.valid_to IS NULL AND (SELECT count(*) FROM status_event e WHERE e.unit_id = u.id) >= 2 "
                + "ORDER BY u.code LIMIT 1").query(String.class).single();
        List<Long> ids = jdbc.sql("SELECT e.id FROM status_event e JOIN admin_unit u ON u.id = e.unit_id "
                + "WHERE u.code = :code ORDER BY e.event_date, e.id").param("code", code).query(Long.class).list();
        long newest = ids.get(ids.size() - 1);
        long other = jdbc.sql("SELECT e.id FROM status_event e JOIN admin_unit u ON u.id = e.unit_id "
                + "WHERE u.code <> :code LIMIT 1").param("code", code).query(Long.class).single();
        String path = "/api/units/" + code + "/status-events/";
        Map<String, String> planner = accounts.bearer(Role.PROVINCE_PLANNER, "14", List.of());

        Api.Response older = api.send("DELETE", path + ids.get(0), null, planner);
        assertThat(older.status()).isEqualTo(409);
        assertThat(older.json().get("detailVi").asString()).contains("mới nhất");
        assertThat(api.send("DELETE", path + newest, null, accounts.bearer(Role.PROVINCE_PLANNER, "12", List.of()))
                .status()).isEqualTo(403);
        assertThat(api.send("DELETE", path + newest, null, accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of(code)))
                .status()).isEqualTo(403);
        assertThat(api.send("DELETE", path + newest, null, accounts.bearer(Role.VIEWER, null, List.of()))
                .status()).isEqualTo(403);
        assertThat(api.send("DELETE", path + other, null, planner).status()).isEqualTo(404);
        for (String hostile : List.of("abc", "1%20OR%201=1", "-1", "99999999999999999999")) {
            assertThat(api.send("DELETE", path + hostile, null, planner).status()).as(hostile).isBetween(400, 404);
        }
        assertThat(jdbc.sql("SELECT e.id FROM status_event e JOIN admin_unit u ON u.id = e.unit_id "
                + "WHERE u.code = :code ORDER BY e.event_date, e.id").param("code", code).query(Long.class).list())
                .isEqualTo(ids);
    }
}
