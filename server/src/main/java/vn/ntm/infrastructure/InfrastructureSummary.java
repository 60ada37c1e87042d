package vn.ntm.infrastructure;

/** Infrastructure of one category inside a unit: how many, how many in poor condition, roads' lengths. */
public record InfrastructureSummary(String category, String nameVi, String nameEn, int count, int poor,
        Integer unhardened, Double lengthKm, Double unhardenedKm) {
}
