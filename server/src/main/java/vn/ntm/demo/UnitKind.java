package vn.ntm.demo;

import java.util.List;

/** The kind of a unit, read from the prefix of its full Vietnamese name ("Xã Tả Van" is a xa). */
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

    static UnitKind of(String fullName) {
        return List.of(values()).stream().filter(k -> fullName.startsWith(k.prefix)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind of unit: " + fullName));
    }
}
