package vn.ntm.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class TrendTest {

    @Test
    void noValuesHaveNoTrend() {
        assertThat(Trend.at(Map.of(), 2030)).isNull();
    }

    @Test
    void oneValueIsItsOwnTrendInAnyYear() {
        assertThat(Trend.at(Map.of(2024, 41.0), 2030)).isEqualTo(41.0);
    }

    @Test
    void valuesOnAStraightLineAreExtendedAlongIt() {
        // 10 more each year: 30 in 2022 ... 50 in 2024, so 110 in 2030.
        assertThat(Trend.at(Map.of(2022, 30.0, 2023, 40.0, 2024, 50.0), 2030)).isEqualTo(110.0);
        assertThat(Trend.at(Map.of(2022, 30.0, 2023, 40.0, 2024, 50.0), 2021)).isEqualTo(20.0);
    }

    @Test
    void scatteredValuesFollowTheLeastSquaresLine() {
        // x = 0, 1, 2, 3 (2020..2023), y = 1, 3, 2, 5: slope 1.1, intercept 1.1 (worked by hand).
        Map<Integer, Double> series = new TreeMap<>(Map.of(2020, 1.0, 2021, 3.0, 2022, 2.0, 2023, 5.0));

        assertThat(Trend.at(series, 2025)).isEqualTo(6.6);
        assertThat(Trend.at(series, 2020)).isEqualTo(1.1);
    }

    @Test
    void aFallingSeriesFallsAndTheResultIsRoundedToOneDecimal() {
        // (2021, 10), (2022, 10), (2024, 9): mean x 2022 1/3, mean y 9 2/3, Sxx 42/9, Sxy -15/9, slope -5/14;
        // 2027: 9 2/3 - 5/14 * 4 2/3 = 8.0. 2023: 9 2/3 - 5/14 * 2/3 = 9.4285... -> 9.4.
        Map<Integer, Double> series = Map.of(2021, 10.0, 2022, 10.0, 2024, 9.0);

        assertThat(Trend.at(series, 2027)).isEqualTo(8.0);
        assertThat(Trend.at(series, 2023)).isEqualTo(9.4);
    }
}
