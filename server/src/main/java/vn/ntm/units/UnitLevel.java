package vn.ntm.units;

import java.util.Arrays;
import java.util.stream.Collectors;

import vn.ntm.common.InvalidParameterException;

/** The administrative levels; the district level is historical (abolished on 1 July 2025). */
public enum UnitLevel {
    PROVINCE, DISTRICT, COMMUNE, VILLAGE;

    public String code() {
        return name().toLowerCase();
    }

    static UnitLevel parse(String parameter, String value) {
        return Arrays.stream(values()).filter(l -> l.code().equals(value)).findFirst()
                .orElseThrow(() -> new InvalidParameterException(parameter, "must be one of "
                        + Arrays.stream(values()).map(UnitLevel::code).collect(Collectors.joining(", "))));
    }
}
