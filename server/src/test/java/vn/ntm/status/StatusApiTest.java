package vn.ntm.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Oracle;

@IntegrationTest
class StatusApiTest {

    @Autowired
    Api api;

    @Autowired
    JdbcClient jdbc;

    @Test
    void summaryCountsEqualADirectCount() {
        for (int year : List.of(2025, 2026)) {
            JsonNode counts = api.get("/api/status/summary?province=14&year=" + year).json().get("counts");
            Map<String, Integer> expected = new java.util.HashMap<>();
            Oracle.statuses(jdbc, "u.level = 'commune' AND u.province_code = '14' AND u.kind = 'xa'",
                    LocalDate.of(year, 12, 31)).values().forEach(status -> expected.merge(status, 1, Integer::sum));
            assertThat(expected.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(67);
            expected.forEach((status, n) -> assertThat(counts.get(status).asInt()).as(status + " " + year).isEqualTo(n));
            // Sơn La's 75 units of 2025 are 67 xã and 8 phường (boundary data): the wards are counted apart.
            assertThat(api.get("/api/status/summary?province=14&year=" + year).json().get("total").asInt()).isEqualTo(67);
            assertThat(api.get("/api/status/summary?province=14&year=" + year).json().get("notAssessed").asInt()).isEqualTo(8);
        }
    }

    @Test
    void theDemoShowsProgressBetweenYears() {
        int standing2025 = 192 - api.get("/api/status/summary?year=2025").json().get("counts").get("none").asInt();
        int standing2026 = 192 - api.get("/api/status/summary?year=2026").json().get("counts").get("none").asInt();

        assertThat(standing2026).isGreaterThan(standing2025);
    }

    @Test
    void aRevocationEndsTheLevelAndTheLevelsAboveIt() {
        long unitId = jdbc.sql("SELECT id FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL "
                + "AND status_at(id, DATE '2025-12-31') = 'advanced' LIMIT 1").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO status_event (unit_id, event, level, event_date, created_by)
                VALUES (:id, 'revoked', 'standard', DATE '2026-03-01', 'test')""").param("id", unitId).update();
        try {
            assertThat(status(unitId, "2026-02-28")).isEqualTo("advanced");
            assertThat(status(unitId, "2026-03-01")).isEqualTo("none");
        } finally {
            jdbc.sql("DELETE FROM status_event WHERE unit_id = :id AND created_by = 'test'").param("id", unitId).update();
        }
    }

    @Test
    void badLevelIsAProblem() {
        Api.Response response = api.get("/api/status/summary?level=province");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("invalidParams").get(0).get("name").asString()).isEqualTo("level");
    }

    private String status(long unitId, String date) {
        return jdbc.sql("SELECT status_at(:id, CAST(:date AS date))").param("id", unitId).param("date", date)
                .query(String.class).single();
    }
}
