package vn.ntm.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Oracle;

/** status_at() agrees, unit by unit, with the rule worked out in Java from the raw events. */
@IntegrationTest
class StatusAtTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"2020-12-31", "2025-06-30", "2025-12-31", "2026-03-01", "2026-12-31"})
    void everyCommuneStandsWhereTheEventsPutIt(String day) {
        LocalDate date = LocalDate.parse(day);
        Map<String, String> byFunction = new HashMap<>();
        jdbc.sql("SELECT code, status_at(id, :d) AS s FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL")
                .param("d", date).query(rs -> {
                    byFunction.put(rs.getString("code"), rs.getString("s"));
                });

        Map<String, String> expected = Oracle.statuses(jdbc, "u.level = 'commune'", date);

        assertThat(byFunction).isNotEmpty().isEqualTo(expected);
        if (date.getYear() == 2026) {
            assertThat(expected.values()).contains("none", "standard", "advanced");
        }
    }
}
