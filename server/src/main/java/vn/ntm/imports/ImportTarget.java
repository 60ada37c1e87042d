package vn.ntm.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an import's features go, the geometry types that fit, the attributes to map (the first
 * listed is required), and the column names surveyors commonly use for each.
 */
enum ImportTarget {
    VILLAGES("villages", List.of("POLYGON", "MULTIPOLYGON"), List.of("name", "code", "commune")),
    COMMUNES("communes", List.of("POLYGON", "MULTIPOLYGON"), List.of("code", "name")),
    ROAD("road", List.of("LINESTRING", "MULTILINESTRING"), List.of("name", "subtype", "condition", "surface", "status")),
    IRRIGATION("irrigation", null, List.of("name", "subtype", "condition", "status")),
    POWER("power", null, List.of("name", "subtype", "condition", "status")),
    SCHOOL("school", null, List.of("name", "subtype", "condition", "status")),
    CULTURE_HOUSE("culture_house", null, List.of("name", "subtype", "condition", "status")),
    MARKET("market", null, List.of("name", "subtype", "condition", "status")),
    HEALTH_STATION("health_station", null, List.of("name", "subtype", "condition", "status")),
    WATER_SUPPLY("water_supply", null, List.of("name", "subtype", "condition", "status")),
    WASTE_SITE("waste_site", null, List.of("name", "subtype", "condition", "status"));

    /** Column names (lower case, as ogr2ogr launders them) that usually hold each attribute. */
    static final Map<String, List<String>> USUAL_COLUMNS = Map.of(
            "name", List.of("ten_thon", "tenthon", "ten_ban", "ten_xa", "tenxa", "ten_ct", "ten_duong", "ten", "name"),
            "code", List.of("ma_thon", "mathon", "ma_xa", "maxa", "ma_dvhc", "ma", "code"),
            "commune", List.of("ma_xa", "maxa", "ma_dvhc_xa"),
            "condition", List.of("tinh_trang", "tinhtrang", "hien_trang", "condition"),
            "surface", List.of("ket_cau", "ketcau", "mat_duong", "loai_mat", "surface"),
            "subtype", List.of("cap_duong", "loai", "cap", "phan_loai", "class"),
            "status", List.of("trang_thai", "trangthai", "status"));

    /** The attributes whose values must stand for a code of import_value_code (V15). */
    static final List<String> CODED = List.of("condition", "surface", "status");

    private final String code;
    private final List<String> geometryTypes;
    private final List<String> attributes;

    ImportTarget(String code, List<String> geometryTypes, List<String> attributes) {
        this.code = code;
        this.geometryTypes = geometryTypes;
        this.attributes = attributes;
    }

    String code() {
        return code;
    }

    /** The geometry types that fit, or null when any point, line or polygon does. */
    List<String> geometryTypes() {
        return geometryTypes;
    }

    List<String> attributes() {
        return attributes;
    }

    boolean isInfrastructure() {
        return this != VILLAGES && this != COMMUNES;
    }

    static Optional<ImportTarget> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
