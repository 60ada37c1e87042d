package vn.ntm.unitdetail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ntm.common.NotFoundException;
import vn.ntm.criteria.CriteriaRepository;
import vn.ntm.infrastructure.InfrastructureRepository;
import vn.ntm.status.StatusRepository;
import vn.ntm.units.UnitRecord;
import vn.ntm.units.UnitRepository;
import vn.ntm.years.ReportingYears;

/** Assembles a unit's detail from the features that own each part. */
@Service
class UnitDetailService {

    private final UnitRepository units;
    private final StatusRepository statuses;
    private final CriteriaRepository criteria;
    private final InfrastructureRepository infrastructure;
    private final ReportingYears years;

    UnitDetailService(UnitRepository units, StatusRepository statuses, CriteriaRepository criteria,
            InfrastructureRepository infrastructure, ReportingYears years) {
        this.units = units;
        this.statuses = statuses;
        this.criteria = criteria;
        this.infrastructure = infrastructure;
        this.years = years;
    }

    @Transactional(readOnly = true)
    UnitDetail detail(String code, Integer requestedYear) {
        int year = years.resolve(requestedYear);
        UnitRecord unit = units.findByCode(code, year)
                .orElseThrow(() -> new NotFoundException("No administrative unit has the code '" + code + "'"));
        return new UnitDetail(unit.code(), unit.name(), unit.fullName(), unit.nameEn(), unit.level(), unit.kind(),
                unit.parent(), unit.provinceCode(), unit.areaKm2(), unit.bbox(), unit.demo(), unit.assessed(),
                unit.dataSource(),
                unit.validFrom(), unit.validTo(), year,
                statuses.statusAt(unit.id(), year),
                statuses.recognition(unit.id(), year).orElse(null),
                statuses.history(unit.id(), years.latest()),
                statuses.events(unit.id()),
                unit.assessed() ? criteria.sheet(unit.id(), unit.level(), unit.provinceCode(), year).orElse(null) : null,
                units.predecessors(unit.id()),
                units.predecessorHistory(unit.id(), years.shown().get(0)),
                infrastructure.summary(unit.id()));
    }
}
