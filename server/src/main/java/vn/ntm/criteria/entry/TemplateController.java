package vn.ntm.criteria.entry;

import java.io.IOException;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.Params;
import vn.ntm.common.TableFile;
import vn.ntm.criteria.Tiers;
import vn.ntm.years.ReportingYears;

/** Bulk entry of criteria results: the template of a province, year and level, and its upload. */
@RestController
class TemplateController {

    private final TemplateService templates;
    private final ReportingYears years;

    TemplateController(TemplateService templates, ReportingYears years) {
        this.templates = templates;
        this.years = years;
    }

    @GetMapping("/api/criteria/template")
    ResponseEntity<byte[]> template(@RequestParam String province, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "xlsx") String format, @RequestParam(defaultValue = "commune") String level,
            @RequestParam(required = false) String tier) {
        if (!level.equals("commune") && !level.equals("village")) {
            throw new InvalidParameterException("level", "must be commune or village");
        }
        int y = years.resolve(year);
        String t = Tiers.parse("tier", tier);
        var rows = templates.rows(Params.provinceCode(province), y, level, t);
        String name = "nhap-lieu-tieu-chi-" + (level.equals("village") ? "thon-" : "")
                + (t.equals(Tiers.STANDARD) ? "" : t + "-") + province + "-" + y;
        return switch (format) {
            case "xlsx" -> TableFile.attachment(
                    TemplateFormat.xlsx(rows, "Nhập liệu tiêu chí NTM, tỉnh " + province + ", năm " + y), TableFile.XLSX,
                    name + ".xlsx");
            case "csv" -> TableFile.attachment(TemplateFormat.csv(rows), TableFile.CSV, name + ".csv");
            default -> throw new InvalidParameterException("format", "must be xlsx or csv");
        };
    }

    @PostMapping(path = "/api/criteria/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Integer> upload(@RequestParam int year, @RequestParam(required = false) String tier,
            @RequestParam MultipartFile file) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidParameterException("file", "is empty");
        }
        return templates.upload(years.resolve(year), Tiers.parse("tier", tier), file.getBytes());
    }
}
