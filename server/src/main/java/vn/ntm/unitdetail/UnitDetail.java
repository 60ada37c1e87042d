package vn.ntm.unitdetail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.ntm.criteria.CriteriaSheet;
import vn.ntm.infrastructure.InfrastructureSummary;
import vn.ntm.status.StatusEvent;
import vn.ntm.status.YearStatus;
import vn.ntm.units.Predecessor;
import vn.ntm.units.PredecessorYear;
import vn.ntm.units.UnitRef;

/** Everything the map's side panel shows about one unit in one year. */
public record UnitDetail(
        String code,
        String name,
        String fullName,
        String nameEn,
        String level,
        String kind,
        UnitRef parent,
        String provinceCode,
        BigDecimal areaKm2,
        List<Double> bbox,
        boolean demo,
        boolean assessed,
        String dataSource,
        LocalDate validFrom,
        LocalDate validTo,
        int year,
        String status,
        StatusEvent recognition,
        List<YearStatus> statusHistory,
        List<StatusEvent> events,
        CriteriaSheet criteria,
        List<Predecessor> predecessors,
        List<PredecessorYear> predecessorHistory,
        List<InfrastructureSummary> infrastructure) {
}
