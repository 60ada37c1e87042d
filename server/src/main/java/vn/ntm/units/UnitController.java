package vn.ntm.units;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.years.ReportingYears;

/** Administrative units: list and search, and the unit at a point (the detail is in {@code unitdetail}). */
@RestController
class UnitController {

    private final UnitRepository units;
    private final ReportingYears years;

    UnitController(UnitRepository units, ReportingYears years) {
        this.units = units;
        this.years = years;
    }

    @GetMapping("/api/units")
    UnitPage list(@RequestParam(required = false) String level,
            @RequestParam(required = false) String province,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        UnitLevel parsedLevel = level == null ? null : UnitLevel.parse("level", level);
        return units.find(new UnitQuery(parsedLevel, province, parent, q, years.resolve(year), limit, offset));
    }

    @GetMapping("/api/units/at")
    UnitSummary at(@RequestParam double lon, @RequestParam double lat,
            @RequestParam(defaultValue = "commune") String level,
            @RequestParam(required = false) Integer year) {
        if (lon < -180 || lon > 180) {
            throw new InvalidParameterException("lon", "must be a longitude between -180 and 180");
        }
        if (lat < -90 || lat > 90) {
            throw new InvalidParameterException("lat", "must be a latitude between -90 and 90");
        }
        return units.findAt(lon, lat, UnitLevel.parse("level", level), years.resolve(year))
                .orElseThrow(() -> new NotFoundException("No " + level + " contains the point " + lon + ", " + lat));
    }
}
