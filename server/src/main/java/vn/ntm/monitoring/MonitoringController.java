package vn.ntm.monitoring;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.Params;
import vn.ntm.units.UnitRecord;
import vn.ntm.units.UnitRepository;
import vn.ntm.years.ReportingYears;

/** Map-computed indicators, consistency checks, province indicators, and targets against actuals. */
@RestController
class MonitoringController {

    static final double MAX_DISTANCE_KM = 100;

    private final ProvinceIndicators indicators;
    private final NationalIndicators national;
    private final MapIndicators map;
    private final Targets targets;
    private final UnitRepository units;
    private final ReportingYears years;

    MonitoringController(ProvinceIndicators indicators, NationalIndicators national, MapIndicators map,
            Targets targets, UnitRepository units, ReportingYears years) {
        this.indicators = indicators;
        this.national = national;
        this.map = map;
        this.targets = targets;
        this.units = units;
        this.years = years;
    }

    /**
     * Indicators computed from the map, for a commune or a province; {@code maxKm} for distances; for a
     * commune, beside what it declared in {@code year} (default: the latest).
     */
    @GetMapping("/api/units/{code}/map-indicators")
    MapIndicators.Report mapIndicators(@PathVariable String code, @RequestParam(defaultValue = "5") double maxKm,
            @RequestParam(required = false) Integer year) {
        if (!(maxKm > 0 && maxKm <= MAX_DISTANCE_KM)) { // NaN too
            throw new InvalidParameterException("maxKm", "must be more than 0 and at most " + MAX_DISTANCE_KM);
        }
        UnitRecord unit = units.findByCode(code, years.latest())
                .orElseThrow(() -> new NotFoundException("No administrative unit has the code '" + code + "'"));
        return map.report(unit.id(), maxKm, years.resolve(year));
    }

    @GetMapping("/api/provinces/{province}/checks")
    List<ConsistencyIssue> checks(@PathVariable String province, @RequestParam(required = false) Integer year) {
        return indicators.checks(Params.provinceCode(province), years.resolve(year));
    }

    @GetMapping("/api/provinces/{province}/indicators")
    ProvinceIndicators.Summary indicators(@PathVariable String province,
            @RequestParam(required = false) Integer year) {
        return indicators.summary(Params.provinceCode(province), years.resolve(year));
    }

    /** Every province's indicators side by side, and the country's (their sum). */
    @GetMapping("/api/national/indicators")
    NationalIndicators.National national(@RequestParam(required = false) Integer year) {
        return national.of(years.resolve(year));
    }

    @GetMapping("/api/provinces/{province}/targets")
    List<Targets.TargetProgress> targets(@PathVariable String province) {
        return targets.progress(Params.provinceCode(province));
    }

    @GetMapping("/api/provinces/{province}/target-baselines")
    List<Targets.Baseline> baselines(@PathVariable String province) {
        return targets.baselines(Params.provinceCode(province));
    }

    @PutMapping("/api/provinces/{province}/targets/{year}/{metric}")
    Targets.TargetProgress setTarget(@PathVariable String province, @PathVariable int year,
            @PathVariable String metric, @RequestBody Targets.TargetChange change) {
        return targets.set(Params.provinceCode(province), years.resolve(year), metric, change);
    }

    @PostMapping("/api/provinces/{province}/targets/{id}/rebase")
    @ResponseStatus(HttpStatus.CREATED)
    Targets.TargetProgress rebaseTarget(@PathVariable String province, @PathVariable long id,
            @RequestBody Targets.Rebase rebase) {
        return targets.rebase(Params.provinceCode(province), id, rebase);
    }

    @PutMapping("/api/provinces/{province}/observations/{year}/{metric}")
    Targets.Observation observe(@PathVariable String province, @PathVariable int year, @PathVariable String metric,
            @RequestBody Targets.Observation observation) {
        return targets.observe(Params.provinceCode(province), years.resolve(year), metric, observation);
    }
}
