package vn.ntm.meta;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.status.StatusRepository;
import vn.ntm.units.UnitRepository;
import vn.ntm.years.ReportingYears;

/** The catalogue the map starts from. */
@RestController
class MetaController {

    private final ReportingYears years;
    private final StatusRepository statuses;
    private final UnitRepository units;
    private final JdbcClient jdbc;

    MetaController(ReportingYears years, StatusRepository statuses, UnitRepository units, JdbcClient jdbc) {
        this.years = years;
        this.statuses = statuses;
        this.units = units;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/meta")
    Meta meta() {
        int latest = years.latest();
        boolean demo = jdbc.sql("SELECT EXISTS (SELECT 1 FROM admin_unit WHERE is_demo)").query(Boolean.class).single();
        return new Meta(latest, years.shown(), statuses.levels(), units.provinces(latest), demo);
    }
}
