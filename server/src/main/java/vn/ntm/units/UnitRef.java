package vn.ntm.units;

/** A reference to another unit. */
public record UnitRef(String code, String name, String fullName) {
}
