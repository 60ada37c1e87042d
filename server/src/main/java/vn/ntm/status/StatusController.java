package vn.ntm.status;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.Params;
import vn.ntm.years.ReportingYears;

/** Status counts for legends and dashboards. */
@RestController
class StatusController {

    private final StatusRepository statuses;
    private final ReportingYears years;

    StatusController(StatusRepository statuses, ReportingYears years) {
        this.statuses = statuses;
        this.years = years;
    }

    @GetMapping("/api/status/summary")
    StatusSummary summary(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String province,
            @RequestParam(defaultValue = "commune") String level) {
        if (!level.equals("commune") && !level.equals("village")) {
            throw new InvalidParameterException("level", "must be commune or village");
        }
        return statuses.summary(years.resolve(year), level, Params.provinceCode(province));
    }
}
