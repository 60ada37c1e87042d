package vn.ntm.criteria.entry;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.criteria.CriteriaSheet;
import vn.ntm.criteria.Tiers;
import vn.ntm.years.ReportingYears;

/** The entry form: a commune's criteria results and indicator values for a year. */
@RestController
class CriteriaEntryController {

    private final CriteriaEntryService entries;
    private final ReportingYears years;

    CriteriaEntryController(CriteriaEntryService entries, ReportingYears years) {
        this.entries = entries;
        this.years = years;
    }

    /** A commune's (or village's) sheet of a year against the set of a tier, to fill the entry form. */
    @GetMapping("/api/units/{code}/criteria/{year}")
    CriteriaSheet sheet(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String tier) {
        return entries.sheet(code, years.resolve(year), Tiers.parse("tier", tier));
    }

    /** Saves the form against the set of a tier (standard unless {@code tier} says otherwise); answers the new sheet version. */
    @PutMapping("/api/units/{code}/criteria/{year}")
    Map<String, Integer> save(@PathVariable String code, @PathVariable int year,
            @RequestParam(required = false) String tier, @RequestBody SheetForm form) {
        return entries.record(years.resolve(year), Tiers.parse("tier", tier), form.entries(code), List.of());
    }

    /** Clears a sheet entered in error, at the version the client read (its results are kept in the audit trail). */
    @DeleteMapping("/api/units/{code}/criteria/{year}")
    CriteriaSheet clear(@PathVariable String code, @PathVariable int year, @RequestParam(required = false) String tier,
            @RequestParam int version) {
        return entries.clear(code, years.resolve(year), Tiers.parse("tier", tier), version);
    }
}
