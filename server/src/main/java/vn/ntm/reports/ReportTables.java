package vn.ntm.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ntm.monitoring.ProvinceIndicators;
import vn.ntm.monitoring.Targets;

/** The report's tables, built once and written the same way to XLSX sheets and PDF tables. */
final class ReportTables {

    /** A titled table of text cells (numbers as text, formatted for Vietnamese readers). */
    record Table(String title, List<String> headers, List<List<String>> rows) {
    }

    private static final Map<String, String> STATUS = Map.of("achieved", "Đạt", "missed", "Không đạt",
            "on_track", "Đúng tiến độ", "at_risk", "Có nguy cơ không đạt", "no_data", "Chưa có số liệu");
    private static final Map<String, String> PROBLEM = Map.of(
            "withdrawal_rule", "Thuộc diện xem xét thu hồi công nhận",
            "criteria_do_not_support_status", "Tiêu chí chưa đủ để duy trì mức công nhận");

    private ReportTables() {
    }

    static List<Table> of(ReportData data) {
        return List.of(summary(data), communes(data), targets(data), checks(data));
    }

    static Table summary(ReportData data) {
        ProvinceIndicators.Summary s = data.summary();
        ProvinceIndicators.LevelCounts c = s.communes();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Tổng số xã, phường", String.valueOf(c.total())));
        for (String level : List.of("standard", "advanced", "model")) {
            rows.add(List.of(data.level(level).nameVi() + " (trở lên)",
                    c.atLeast().get(level) + " (" + number(c.atLeastPercent().get(level)) + "%)"));
        }
        rows.add(List.of("Bình quân tiêu chí đạt/xã (trên " + s.criteriaTotal() + ")", number(s.averageCriteriaMet())));
        if (s.communesBelow15() != null) {
            rows.add(List.of("Số xã dưới 15 tiêu chí", String.valueOf(s.communesBelow15())));
        }
        rows.add(List.of("Tổng số thôn, bản", String.valueOf(s.villages().total())));
        rows.add(List.of("Thôn, bản đạt chuẩn NTM", s.villages().atLeast().get("standard") + " ("
                + number(s.villages().atLeastPercent().get("standard")) + "%)"));
        return new Table("Tổng hợp năm " + data.year(), List.of("Chỉ tiêu", "Giá trị"), rows);
    }

    static Table communes(ReportData data) {
        return new Table("Kết quả theo xã", List.of("Mã", "Tên xã", "Mức đạt chuẩn", "Tiêu chí đạt",
                "Hạ tầng xuống cấp", "Đường chưa cứng hóa"),
                data.communes().stream().map(c -> List.of(c.code(), c.fullName(), data.level(c.status()).nameVi(),
                        c.criteriaMet() + "/" + c.criteriaTotal(), String.valueOf(c.poorInfrastructure()),
                        String.valueOf(c.unhardenedRoads()))).toList());
    }

    static Table targets(ReportData data) {
        return new Table("Mục tiêu và thực hiện", List.of("Chỉ tiêu", "Năm", "Mục tiêu", "Thực hiện gần nhất",
                "Dự báo theo xu hướng", "Đánh giá"),
                data.targets().stream().map(t -> List.of(t.metric(), String.valueOf(t.year()), number(t.target()),
                        latest(t), number(t.projected()), STATUS.getOrDefault(t.status(), t.status()))).toList());
    }

    static Table checks(ReportData data) {
        return new Table("Kiểm tra tính nhất quán", List.of("Mã", "Tên xã", "Mức đạt chuẩn", "Vấn đề",
                "Tiêu chí chưa đạt"),
                data.checks().stream().map(i -> List.of(i.code(), i.fullName(), data.level(i.status()).nameVi(),
                        PROBLEM.getOrDefault(i.problem(), i.problem()),
                        i.failingCriteria() == null ? "" : i.failingCriteria())).toList());
    }

    private static String latest(Targets.TargetProgress t) {
        return t.actuals().isEmpty() ? "" : t.actuals().entrySet().stream().reduce((a, b) -> b)
                .map(e -> number(e.getValue()) + " (" + e.getKey() + ")").orElse("");
    }

    /** 87.5 as "87,5", 12.0 as "12": the Vietnamese decimal comma. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue())
                : String.valueOf(value).replace('.', ',');
    }
}
