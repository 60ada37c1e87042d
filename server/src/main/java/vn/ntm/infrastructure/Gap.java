package vn.ntm.infrastructure;

/**
 * One gap: a feature in poor condition, an unhardened road, or a village lacking a facility
 * ({@code featureId} is then null and {@code category} names what is missing).
 */
public record Gap(String kind, String category, Long featureId, String name, String condition, String surface,
        String communeCode, String communeName, String villageCode, String villageName, double lon, double lat,
        boolean demo) {
}
