package vn.ntm.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A stored administrative unit (one validity period of a code). */
public record UnitRecord(
        long id,
        String code,
        String name,
        String fullName,
        String nameEn,
        String level,
        String kind,
        String provinceCode,
        BigDecimal areaKm2,
        boolean demo,
        String dataSource,
        LocalDate validFrom,
        LocalDate validTo,
        UnitRef parent,
        List<Double> bbox,
        boolean assessed) {
}
