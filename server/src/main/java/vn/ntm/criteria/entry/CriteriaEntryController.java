package vn.ntm.criteria.entry;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.status.ReportingYears;

/** The entry form: a commune's criteria results and indicator values for a year. */
@RestController
class CriteriaEntryController {

    private final CriteriaEntryService entries;
    private final ReportingYears years;

    CriteriaEntryController(CriteriaEntryService entries, ReportingYears years) {
        this.entries = entries;
        this.years = years;
    }

    /** Saves the form; answers the commune's new sheet version. */
    @PutMapping("/api/units/{code}/criteria/{year}")
    Map<String, Integer> save(@PathVariable String code, @PathVariable int year, @RequestBody SheetForm form) {
        return entries.record(years.resolve(year), form.entries(code), List.of());
    }
}
