package vn.ntm.units;

/** A current province: its row id, code and full name. */
public record Province(long id, String code, String fullName) {
}
