package vn.ntm.gis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class VietnameseEncodingTest {

    static final List<String> NAMES = List.of("Chiềng Sinh", "Mường La", "Thuận Châu", "Điện Biên Phủ", "Sìn Hồ",
            "Mộc Châu", "Bắc Yên", "Quỳnh Nhai", "Nậm Nhùn", "Tả Van", "Phường Tô Hiệu", "Xã Mường Bú",
            "Bản Huổi Một", "Thôn Nà Sản", "Xã Chiềng Khương", "Phường Đoàn Kết", "Xã Tả Lèng", "Bản Lọng Mạt",
            "Xã Ngọc Chiến", "Xã Sốp Cộp", "Xã Yên Châu", "Phường Quyết Thắng", "Xã Bình Lư", "Xã Ữ Ựa Ỹ");

    /** Every Vietnamese letter with a diacritic, lower and upper case. */
    static final String ALL_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ";

    @Test
    void tcvn3DecodesEveryLetterAndRealNames() {
        assertThat(VietnameseEncoding.TCVN3.decode(LegacyEncoders.tcvn3(ALL_LETTERS))).hasValue(ALL_LETTERS);
        NAMES.stream().filter(n -> !n.contains("Ữ")).forEach(name ->
                assertThat(VietnameseEncoding.TCVN3.decode(LegacyEncoders.tcvn3(name))).hasValue(name));
    }

    @Test
    void tcvn3CapitalsWithTonesComeBackAsTheLowerCaseLettersTheFontDrew() {
        assertThat(VietnameseEncoding.TCVN3.decode(LegacyEncoders.tcvn3("Ý Tý"))).hasValue("ý Tý");
    }

    @Test
    void vniDecodesEveryLetterInBothCasesAndRealNames() {
        assertThat(VietnameseEncoding.VNI_WINDOWS.decode(LegacyEncoders.vni(ALL_LETTERS))).hasValue(ALL_LETTERS);
        String upper = ALL_LETTERS.toUpperCase();
        assertThat(VietnameseEncoding.VNI_WINDOWS.decode(LegacyEncoders.vni(upper))).hasValue(upper);
        NAMES.forEach(name -> assertThat(VietnameseEncoding.VNI_WINDOWS.decode(LegacyEncoders.vni(name))).hasValue(name));
    }

    @Test
    void windows1258DecodesToComposedText() {
        String all = ALL_LETTERS + ALL_LETTERS.toUpperCase();
        assertThat(VietnameseEncoding.WINDOWS_1258.decode(LegacyEncoders.windows1258(all))).hasValue(all);
        NAMES.forEach(name -> assertThat(VietnameseEncoding.WINDOWS_1258.decode(LegacyEncoders.windows1258(name)))
                .hasValue(name));
    }

    @Test
    void utf8IsStrict() {
        assertThat(VietnameseEncoding.UTF_8.decode("Chiềng".getBytes(StandardCharsets.UTF_8))).hasValue("Chiềng");
        assertThat(VietnameseEncoding.UTF_8.decode(LegacyEncoders.tcvn3("Chiềng"))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(VietnameseEncoding.class)
    void theDetectorRecognisesEachEncodingFromRealNames(VietnameseEncoding encoding) {
        Function<String, byte[]> encoder = switch (encoding) {
            case UTF_8 -> s -> s.getBytes(StandardCharsets.UTF_8);
            case WINDOWS_1258 -> LegacyEncoders::windows1258;
            case TCVN3 -> LegacyEncoders::tcvn3;
            case VNI_WINDOWS -> LegacyEncoders::vni;
        };
        List<byte[]> samples = NAMES.stream().filter(n -> !n.contains("Ữ")).map(encoder).toList();

        EncodingDetector.Detection detection = EncodingDetector.detect(samples);

        assertThat(detection.encoding()).isEqualTo(encoding);
        assertThat(detection.confidence()).isGreaterThan(0.3);
    }

    @Test
    void aFewShortSamplesAreEnough() {
        assertThat(EncodingDetector.detect(List.of(LegacyEncoders.vni("Bản Mòn"))).encoding())
                .isEqualTo(VietnameseEncoding.VNI_WINDOWS);
        assertThat(EncodingDetector.detect(List.of(LegacyEncoders.tcvn3("Nà Sản"))).encoding())
                .isEqualTo(VietnameseEncoding.TCVN3);
    }

    @Test
    void asciiIsUtf8WithFullConfidence() {
        EncodingDetector.Detection detection = EncodingDetector.detect(List.of("Ban Na".getBytes(StandardCharsets.US_ASCII)));

        assertThat(detection.encoding()).isEqualTo(VietnameseEncoding.UTF_8);
        assertThat(detection.confidence()).isEqualTo(1.0);
    }

    @Test
    void cpgFilesNameTheirEncodingInManyWays() {
        assertThat(VietnameseEncoding.fromCpg("UTF-8\n")).hasValue(VietnameseEncoding.UTF_8);
        assertThat(VietnameseEncoding.fromCpg("65001")).hasValue(VietnameseEncoding.UTF_8);
        assertThat(VietnameseEncoding.fromCpg("ANSI 1258")).hasValue(VietnameseEncoding.WINDOWS_1258);
        assertThat(VietnameseEncoding.fromCpg("cp1258")).hasValue(VietnameseEncoding.WINDOWS_1258);
        assertThat(VietnameseEncoding.fromCpg("ISO-8859-1")).isEmpty();
    }
}
