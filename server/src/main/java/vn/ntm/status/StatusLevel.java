package vn.ntm.status;

/** A recognition level with its names and map color. */
public record StatusLevel(String code, String nameVi, String nameEn, String color) {
}
