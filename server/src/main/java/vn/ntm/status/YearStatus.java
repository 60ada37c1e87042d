package vn.ntm.status;

/** The level a unit held at the end of a year. */
public record YearStatus(int year, String status) {
}
