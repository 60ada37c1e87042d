package vn.ntm.demo;

import java.util.List;

/**
 * The kind of a unit, read from the prefix of its full Vietnamese name ("Xã Tả Van" is a xa); the
 * prefix's case is not significant (the national set writes one commune "xã Bắc Sơn").
 */
enum UnitKind {
    TINH("Tỉnh "), THANH_PHO("Thành phố "), XA("Xã "), PHUONG("Phường "), THI_TRAN("Thị trấn "),
    DAC_KHU("Đặc khu ");

    private final String prefix;

    UnitKind(String prefix) {
        this.prefix = prefix;
    }

    String code() {
        return name().toLowerCase();
    }

    /** The short name: the full name without its kind prefix. */
    String shortName(String fullName) {
        return fullName.substring(prefix.length());
    }

    /** The full name with its prefix written as usual ("xã Bắc Sơn" as "Xã Bắc Sơn"). */
    String fullName(String fullName) {
        return prefix + shortName(fullName);
    }

    static UnitKind of(String fullName) {
        return List.of(values()).stream().filter(k -> fullName.regionMatches(true, 0, k.prefix, 0, k.prefix.length()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind of unit: " + fullName));
    }
}
