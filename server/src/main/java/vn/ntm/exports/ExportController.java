package vn.ntm.exports;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.NotFoundException;
import vn.ntm.common.Params;
import vn.ntm.common.TableFile;
import vn.ntm.years.ReportingYears;

/**
 * A province's units (with their status in a year) and infrastructure as CSV or XLSX: the public
 * data of the map, for spreadsheets. Criteria results are exported by the entry template, which
 * holds them.
 */
@RestController
class ExportController {

    private final Exports exports;
    private final ReportingYears years;

    ExportController(Exports exports, ReportingYears years) {
        this.exports = exports;
        this.years = years;
    }

    @GetMapping("/api/exports/{dataset}")
    ResponseEntity<byte[]> export(@PathVariable String dataset, @RequestParam String province,
            @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "xlsx") String format) {
        Exports.Dataset chosen = dataset(dataset);
        TableFile.checkFormat(format);
        String code = Params.provinceCode(province);
        int resolved = years.resolve(year);
        return TableFile.download(format, dataset + "-" + code + "-" + resolved, chosen.headers,
                exports.rows(chosen, code, resolved));
    }

    private static Exports.Dataset dataset(String name) {
        try {
            return Exports.Dataset.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No export is called '" + name + "': units or infrastructure");
        }
    }
}
