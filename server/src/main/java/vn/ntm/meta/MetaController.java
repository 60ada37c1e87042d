package vn.ntm.meta;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.status.ReportingYears;
import vn.ntm.status.StatusRepository;
import vn.ntm.units.UnitRepository;

/** The catalogue the map starts from. */
@RestController
class MetaController {

    private final ReportingYears years;
    private final StatusRepository statuses;
    private final UnitRepository units;

    MetaController(ReportingYears years, StatusRepository statuses, UnitRepository units) {
        this.years = years;
        this.statuses = statuses;
        this.units = units;
    }

    @GetMapping("/api/meta")
    Meta meta() {
        int latest = years.latest();
        return new Meta(latest, years.available(), statuses.levels(), units.provinces(latest));
    }
}
