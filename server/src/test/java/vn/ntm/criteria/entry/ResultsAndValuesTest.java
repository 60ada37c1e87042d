package vn.ntm.criteria.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The words and numbers people type into the entry template, as the entry reads them. */
class ResultsAndValuesTest {

    @ParameterizedTest
    @CsvSource({"Đạt, met", "đạt, met", "  ĐẠT , met", "dat, met", "met, met", "Cơ bản đạt, basically_met",
            "co ban dat, basically_met", "basically_met, basically_met", "Chưa đạt, not_met", "chua dat, not_met",
            "Không đạt, not_met", "not_met, not_met"})
    void resultWordsAreRead(String word, String code) {
        assertThat(Results.parse(word)).contains(code);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "Tốt", "đạt chuẩn", "=1+1", "1", "Đạt Đạt"})
    void otherResultWordsAreNot(String word) {
        assertThat(Results.parse(word)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"12.5, 12.5", "'12,5', 12.5", " 7 , 7", "-3, -3", "0, 0", "1e2, 1E+2"})
    void numbersTakeAPointOrAComma(String text, String number) {
        assertThat(Values.parse("number", text)).contains(new Values.Value(new BigDecimal(number), null));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "100, 100", "'99,9', 99.9"})
    void percentagesRunFromZeroToAHundred(String text, String number) {
        assertThat(Values.parse("percent", text)).contains(new Values.Value(new BigDecimal(number), null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1", "100.01", "150", "nhiều", "50%", "1.234,5"})
    void percentagesOutsideThatOrNotNumbersAreNotRead(String text) {
        assertThat(Values.parse("percent", text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Có, true", "co, true", "Đạt, true", "yes, true", "TRUE, true", "Không, false", "khong, false",
            "Chưa đạt, false", "no, false", "false, false"})
    void yesAndNoWordsAreRead(String text, boolean yes) {
        assertThat(Values.parse("bool", text)).contains(new Values.Value(null, yes));
    }

    @Test
    void blanksAndUnknownWordsAreNoValue() {
        assertThat(Values.parse("bool", "có lẽ")).isEmpty();
        assertThat(Values.parse("bool", "1")).isEmpty();
        assertThat(Values.parse("number", "  ")).isEmpty();
        assertThat(Values.parse("number", null)).isEmpty();
        assertThat(Values.parse("number", "mười")).isEmpty();
    }

    @Test
    void eachValueTypeSaysWhatItExpects() {
        assertThat(Values.expected("bool")).contains("Có", "Không");
        assertThat(Values.expected("percent")).contains("0 to 100");
        assertThat(Values.expected("number")).contains("number");
    }
}
