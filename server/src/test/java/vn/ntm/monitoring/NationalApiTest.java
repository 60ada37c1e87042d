package vn.ntm.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.ntm.support.Api;
import vn.ntm.support.IntegrationTest;

@IntegrationTest
class NationalApiTest {

    @Autowired
    Api api;

    /** The national figures are each province's own (its endpoint's), and the country's are their sum. */
    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026})
    void theCountryIsTheSumOfItsProvinces(int year) {
        JsonNode national = api.get("/api/national/indicators?year=" + year).json();
        JsonNode provinces = national.get("provinces");
        assertThat(provinces).hasSize(34);

        long communes = 0, notAssessed = 0, standard = 0, advanced = 0, model = 0, withResults = 0, villages = 0,
                villagesStandard = 0;
        double metSum = 0;
        for (JsonNode p : provinces) {
            JsonNode own = api.get("/api/provinces/" + p.get("code").asString() + "/indicators?year=" + year).json();
            JsonNode c = own.get("communes");
            assertThat(p.get("communes").asInt()).as(p.get("code").asString()).isEqualTo(c.get("total").asInt());
            assertThat(p.get("communesNotAssessed").asInt()).isEqualTo(own.get("communesNotAssessed").asInt());
            assertThat(p.get("communesStandard").asInt()).isEqualTo(c.get("atLeast").get("standard").asInt());
            assertThat(p.get("communesAdvanced").asInt()).isEqualTo(c.get("atLeast").get("advanced").asInt());
            assertThat(p.get("communesModel").asInt()).isEqualTo(c.get("atLeast").get("model").asInt());
            assertThat(p.get("standardPercent")).isEqualTo(c.get("atLeastPercent").get("standard"));
            assertThat(p.get("communesWithResults").asInt()).isEqualTo(own.get("communesWithResults").asInt());
            assertThat(p.get("averageCriteriaMet")).isEqualTo(own.get("averageCriteriaMet"));
            assertThat(p.get("criteriaTotal").asInt()).isEqualTo(own.get("criteriaTotal").asInt());
            assertThat(p.get("villages").asInt()).isEqualTo(own.get("villages").get("total").asInt());
            assertThat(p.get("villagesStandard").asInt()).isEqualTo(own.get("villages").get("atLeast").get("standard").asInt());
            communes += p.get("communes").asInt();
            notAssessed += p.get("communesNotAssessed").asInt();
            standard += p.get("communesStandard").asInt();
            advanced += p.get("communesAdvanced").asInt();
            model += p.get("communesModel").asInt();
            withResults += p.get("communesWithResults").asInt();
            villages += p.get("villages").asInt();
            villagesStandard += p.get("villagesStandard").asInt();
            metSum += p.get("averageCriteriaMet").asDouble(0) * p.get("communesWithResults").asInt();
        }
        JsonNode country = national.get("country");
        assertThat(country.get("code").isNull()).isTrue();
        assertThat(List.of(country.get("communes").asLong(), country.get("communesNotAssessed").asLong(),
                country.get("communesStandard").asLong(), country.get("communesAdvanced").asLong(),
                country.get("communesModel").asLong(), country.get("communesWithResults").asLong(),
                country.get("villages").asLong(), country.get("villagesStandard").asLong()))
                .containsExactly(communes, notAssessed, standard, advanced, model, withResults, villages, villagesStandard);
        assertThat(country.get("standardPercent").asDouble())
                .isCloseTo(Math.round(standard * 1000.0 / communes) / 10.0, within(1e-9));
        if (withResults > 0) {
            // Each province's average is rounded to 0.01: the country's is their weighted mean within that.
            assertThat(country.get("averageCriteriaMet").asDouble()).isCloseTo(metSum / withResults, within(0.005));
        } else {
            assertThat(country.get("averageCriteriaMet").isNull()).isTrue();
        }
    }

    @Test
    void everyProvinceOfTheCountryIsThereByNameWithItsTarget() {
        JsonNode national = api.get("/api/national/indicators?year=2025").json();
        List<String> names = new ArrayList<>();
        national.get("provinces").forEach(p -> names.add(p.get("name").asString()));
        assertThat(names).hasSize(34).startsWith("An Giang", "Bắc Ninh").contains("Lâm Đồng", "Hồ Chí Minh")
                .endsWith("Vĩnh Long");
        // 3,321 communes: 2,611 xã count, 697 phường and 13 đặc khu do not.
        assertThat(national.get("country").get("communes").asInt()).isEqualTo(2611);
        assertThat(national.get("country").get("communesNotAssessed").asInt()).isEqualTo(697 + 13);
        JsonNode lamDong = province(national, "68");
        assertThat(lamDong.get("communes").asInt()).isPositive();
        assertThat(lamDong.get("targetDecision").asString()).isEqualTo("KH 47-KH/TU");
        assertThat(lamDong.get("targetKind").asString()).isEqualTo("percent");
        assertThat(lamDong.get("targetPreMerger").asBoolean()).isTrue();
        assertThat(province(national, "12").get("targetYear").asInt()).isEqualTo(2030);
        assertThat(province(national, "12").get("targetPreMerger").asBoolean()).isFalse();
        assertThat(province(national, "01").get("targetValue").isNull()).isTrue();
    }

    @Test
    void aBadYearIsRefused() {
        for (String year : List.of("abc", "1900", "2025;DROP TABLE admin_unit", "99999999999")) {
            Api.Response response = api.get("/api/national/indicators?year=" + Api.encode(year));
            assertThat(response.status()).as(year).isEqualTo(400);
            assertThat(response.contentType()).contains("application/problem+json");
        }
        assertThat(api.get("/api/national/indicators").json().get("year").asInt())
                .isEqualTo(api.get("/api/meta").json().get("latestYear").asInt());
    }

    private static JsonNode province(JsonNode national, String code) {
        for (JsonNode p : national.get("provinces")) {
            if (p.get("code").asString().equals(code)) {
                return p;
            }
        }
        throw new AssertionError("No province " + code);
    }
}
