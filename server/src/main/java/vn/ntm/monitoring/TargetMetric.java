package vn.ntm.monitoring;

import java.util.Arrays;
import java.util.Optional;

import vn.ntm.common.InvalidParameterException;

/**
 * The metrics targets are set on, each with its Vietnamese name (as the province's documents say it),
 * which side of the target is good, and where its actual comes from: counted from the statuses and
 * classifications on the target's own unit set ({@code COUNTED}), measured on the map ({@code MAP},
 * some are proxies), or reported by the province with its source document ({@code REPORTED}).
 */
public enum TargetMetric {
    COMMUNES_STANDARD(Source.COUNTED, true, "Số xã đạt chuẩn NTM",
            "Communes recognised at the standard level or above"),
    COMMUNES_ADVANCED(Source.COUNTED, true, "Số xã đạt chuẩn NTM nâng cao", "Communes recognised as advanced or above"),
    COMMUNES_MODEL(Source.COUNTED, true, "Số xã đạt chuẩn NTM kiểu mẫu", "Communes recognised as model"),
    BORDER_COMMUNES_STANDARD(Source.COUNTED, true, "Số xã biên giới đạt chuẩn NTM",
            "Border communes (by the province's classification) recognised at the standard level or above"),
    COMMUNES_BELOW_15(Source.COUNTED, false, "Số xã dưới 15 tiêu chí",
            "Communes meeting fewer than 15 of the 19 criteria"),
    VILLAGES_STANDARD(Source.COUNTED, true, "Số bản đạt chuẩn NTM",
            "Villages recognised at the standard level or above"),
    VILLAGES_MODEL(Source.COUNTED, true, "Số bản đạt chuẩn NTM kiểu mẫu", "Villages recognised as model"),
    DBKK_COMMUNES(Source.COUNTED, false, "Số xã đặc biệt khó khăn còn lại",
            "Communes the province classifies as extremely disadvantaged (ĐBKK) in the year"),
    DBKK_VILLAGES(Source.COUNTED, false, "Số thôn, bản đặc biệt khó khăn còn lại",
            "Villages the province classifies as extremely disadvantaged (ĐBKK) in the year"),
    PCT_COMMUNE_ROADS_HARDENED(Source.MAP, true, "Tỷ lệ đường xã được cứng hóa (%)",
            "Share of commune-road length hardened, from the road map"),
    PCT_RURAL_CLEAN_WATER(Source.MAP, true, "Tỷ lệ dân số nông thôn dùng nước sạch (%)",
            "Proxy: share of villages with a water-supply work on the map"),
    PCT_HOUSEHOLDS_GRID(Source.MAP, true, "Tỷ lệ hộ dùng điện lưới quốc gia (%)",
            "Proxy: share of villages with a transformer on the map"),
    PCT_SOLID_WASTE_COLLECTED(Source.MAP, true, "Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom (%)",
            "Proxy: share of communes with a waste collection site on the map"),
    POVERTY_RATE(Source.REPORTED, false, "Tỷ lệ hộ nghèo đa chiều (%)",
            "Reported by the province (a household-weighted rate, not an average of the communes' rates)"),
    INCOME_RURAL(Source.REPORTED, true, "Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm)",
            "Reported by the province"),
    TRAINED_LABOUR(Source.REPORTED, true, "Tỷ lệ lao động qua đào tạo (%)", "Reported by the province"),
    COOPERATIVES(Source.REPORTED, true, "Số hợp tác xã", "Reported by the province");

    /** Where a metric's actual comes from. */
    public enum Source {
        COUNTED, MAP, REPORTED
    }

    private final Source source;
    private final boolean higherIsBetter;
    private final String nameVi;
    private final String basis;

    TargetMetric(Source source, boolean higherIsBetter, String nameVi, String basis) {
        this.source = source;
        this.higherIsBetter = higherIsBetter;
        this.nameVi = nameVi;
        this.basis = basis;
    }

    public String code() {
        return name().toLowerCase();
    }

    public String nameVi() {
        return nameVi;
    }

    Source source() {
        return source;
    }

    String basis() {
        return basis;
    }

    /** Whether {@code actual} reaches a target of {@code min} (to {@code max} for a range). */
    boolean meets(double actual, double min, Double max) {
        return higherIsBetter ? actual >= min : actual <= (max == null ? min : max);
    }

    /** Whether a stock that should grow has reached {@code min} (it stays reached; a falling one may rise again). */
    boolean reachedEarly(double actual, double min) {
        return higherIsBetter && actual >= min;
    }

    public static Optional<TargetMetric> of(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
    }

    /** The metric named {@code code}, or a 400 naming the metrics there are. */
    static TargetMetric require(String code) {
        return of(code).orElseThrow(() -> new InvalidParameterException("metric",
                "must be one of " + String.join(", ", Arrays.stream(values()).map(TargetMetric::code).toList())));
    }
}
