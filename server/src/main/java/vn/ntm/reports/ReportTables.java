package vn.ntm.reports;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.ntm.monitoring.ProvinceIndicators;
import vn.ntm.monitoring.Targets;

/** The report's tables, built once and written the same way to XLSX sheets and PDF tables. */
final class ReportTables {

    /**
     * A titled table of text cells (numbers as text, formatted for Vietnamese readers); {@code widths}
     * are the columns' relative widths on paper, none for the default (a wide second column).
     */
    record Table(String title, List<String> headers, List<List<String>> rows, float[] widths) {

        Table(String title, List<String> headers, List<List<String>> rows) {
            this(title, headers, rows, null);
        }
    }

    private static final Map<String, String> STATUS = Map.of("achieved", "Đạt", "missed", "Không đạt",
            "on_track", "Đúng tiến độ", "at_risk", "Có nguy cơ không đạt", "no_data", "Chưa có số liệu",
            "not_comparable", "Không so sánh được sau sắp xếp", "replaced", "Đã được thay thế");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> PROBLEM = Map.of(
            "withdrawal_rule", "Thuộc diện xem xét thu hồi công nhận",
            "criteria_do_not_support_status", "Tiêu chí chưa đủ để duy trì mức công nhận");

    private ReportTables() {
    }

    static List<Table> of(ReportData data) {
        return List.of(summary(data), communes(data), targets(data), checks(data));
    }

    /** Statuses on the period's last day (from the communes' rows); criteria of the year. */
    static Table summary(ReportData data) {
        ProvinceIndicators.Summary s = data.summary();
        int total = (int) data.communes().stream().filter(ReportData.CommuneRow::assessed).count();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Tổng số xã đánh giá NTM", String.valueOf(total)));
        rows.add(List.of("Phường, đặc khu (không đánh giá NTM)", String.valueOf(data.communes().size() - total)));
        for (String level : List.of("standard", "advanced", "model")) {
            int rank = data.rank(level);
            long n = data.communes().stream().filter(c -> data.rank(c.status()) >= rank).count();
            rows.add(List.of(data.level(level).nameVi() + " (trở lên)", n + " (" + percent(n, total) + "%)"));
        }
        rows.add(List.of("Bình quân tiêu chí đạt/xã (trên " + s.criteriaTotal() + ")", number(s.averageCriteriaMet())));
        if (s.communesBelow15() != null) {
            rows.add(List.of("Số xã dưới 15 tiêu chí", String.valueOf(s.communesBelow15())));
        }
        ReportData.Villages v = data.villages();
        rows.add(List.of("Tổng số thôn, bản", String.valueOf(v.total())));
        rows.add(List.of("Thôn, bản đạt chuẩn NTM", v.recognised() + " (" + percent(v.recognised(), v.total()) + "%)"));
        return new Table("Tổng hợp " + data.period().label(data.year()), List.of("Chỉ tiêu", "Giá trị"), rows);
    }

    static Table communes(ReportData data) {
        return new Table("Kết quả theo xã", List.of("Mã", "Tên xã", "Mức đạt chuẩn", "Tiêu chí đạt",
                "Hạ tầng xuống cấp", "Đường chưa cứng hóa"),
                data.communes().stream().map(c -> List.of(c.code(), c.fullName(), data.level(c.status()).nameVi(),
                        c.assessed() ? c.criteriaMet() + "/" + c.criteriaTotal() : "—", String.valueOf(c.poorInfrastructure()),
                        String.valueOf(c.unhardenedRoads()))).toList());
    }

    /** Each target by its name, with its basis and decision, its latest actual and how it stands. */
    static Table targets(ReportData data) {
        return new Table("Mục tiêu và thực hiện", List.of("Chỉ tiêu", "Năm", "Mục tiêu", "Căn cứ",
                "Thực hiện gần nhất", "Dự báo theo xu hướng", "Đánh giá"),
                data.targets().stream().map(t -> List.of(t.name(), String.valueOf(t.year()), target(t), basis(t),
                        latest(t), number(t.projected()), assessment(t))).toList(),
                new float[] {2.6f, 0.7f, 0.9f, 2.4f, 1.5f, 1f, 1.9f});
    }

    /** The consistency findings, or one row saying there are none. */
    static Table checks(ReportData data) {
        List<List<String>> rows = data.checks().stream().map(i -> List.of(i.code(), i.fullName(),
                data.level(i.status()).nameVi(), PROBLEM.getOrDefault(i.problem(), i.problem()),
                i.failingCriteria() == null ? "" : i.failingCriteria())).toList();
        return new Table("Kiểm tra tính nhất quán", List.of("Mã", "Tên xã", "Mức đạt chuẩn", "Vấn đề",
                "Tiêu chí chưa đạt"), rows.isEmpty() ? List.of(List.of("", "Không có", "", "", "")) : rows);
    }

    /** "83", "3–5", "40%". */
    private static String target(Targets.TargetProgress t) {
        String value = number(t.target()) + (t.targetMax() == null ? "" : "–" + number(t.targetMax()));
        return t.kind().equals("percent") ? value + "%" : value;
    }

    /** "trên 188 xã trước sắp xếp · NQ 22-NQ/TU (06/06/2022)"; "toàn tỉnh sau sắp xếp" for a province figure. */
    private static String basis(Targets.TargetProgress t) {
        String set = t.basis().equals("pre_merger") ? "trước sắp xếp" : "sau sắp xếp";
        String noun = !t.source().equals("counted") ? "toàn tỉnh" : t.metric().contains("villages") ? "thôn, bản" : "xã";
        String units = (t.denominator() == null ? noun : "trên " + number(t.denominator()) + " " + noun) + " " + set;
        return units + (t.decisionNo() == null ? "" : " · " + t.decisionNo()
                + (t.decisionDate() == null ? "" : " (" + t.decisionDate().format(DAY) + ")"));
    }

    /** The latest actual and the day (or reported year) it stands on. */
    private static String latest(Targets.TargetProgress t) {
        if (t.actuals().isEmpty()) {
            return "";
        }
        Map.Entry<Integer, Double> last = t.actuals().entrySet().stream().reduce((a, b) -> b).orElseThrow();
        String value = number(last.getValue()) + (t.kind().equals("percent") ? "%" : "");
        return value + (t.lastActualAsOf() == null ? " (" + last.getKey() + ")"
                : " (đến " + t.lastActualAsOf().format(DAY) + ")");
    }

    private static String assessment(Targets.TargetProgress t) {
        String status = STATUS.getOrDefault(t.status(), t.status());
        if (t.replacedBy() != null) {
            status += (t.status().equals("replaced") ? "" : " — sẽ được thay thế")
                    + " bởi " + t.replacedByDecision() + " từ " + t.replacedFrom().format(DAY);
        }
        return status;
    }

    private static String percent(long n, long total) {
        return total == 0 ? "" : number(Math.round(n * 1000.0 / total) / 10.0);
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
