package vn.ntm.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.ntm.security.Action;

/**
 * Where an import's features go, the geometry types that fit, the attributes to map (the first
 * listed is required), and the column names surveyors commonly use for each. {@code province}: an
 * administrator loads or replaces the official communes of a whole province.
 */
enum ImportTarget {
    VILLAGES("villages", List.of("POLYGON", "MULTIPOLYGON"), List.of("name", "code", "commune")),
    COMMUNES("communes", List.of("POLYGON", "MULTIPOLYGON"), List.of("code", "name")),
    PROVINCE("province", List.of("POLYGON", "MULTIPOLYGON"), List.of("code", "name", "province", "province_name")),
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
            "province", List.of("ma_tinh", "matinh", "ma_tp", "provincecode", "province_code", "province"),
            "province_name", List.of("ten_tinh", "tentinh", "ten_tp", "provincename", "province_name"),
            "commune", List.of("ma_xa", "maxa", "ma_dvhc_xa"),
            "condition", List.of("tinh_trang", "tinhtrang", "hien_trang", "condition"),
            "surface", List.of("ket_cau", "ketcau", "mat_duong", "loai_mat", "surface"),
            "subtype", List.of("cap_duong", "loai", "cap", "phan_loai", "class"),
            "status", List.of("trang_thai", "trangthai", "status"));

    /** For a province, full names ("Xã Mường Nhé") come before short ones, which lack the kind of unit. */
    private static final List<String> FULL_NAMES = List.of("ten_day_du", "tendaydu", "fullname", "full_name");

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
        return this != VILLAGES && this != COMMUNES && this != PROVINCE;
    }

    /** Whether the file is a whole province's communes, checked against Vietnam rather than a loaded outline. */
    boolean coversProvince() {
        return this == PROVINCE;
    }

    /** What the signed-in user must be allowed to do: loading a province is for administrators. */
    Action action() {
        return this == PROVINCE ? Action.ONBOARD_PROVINCE : Action.IMPORT;
    }

    /** The column names that usually hold an attribute for this target, most likely first. */
    List<String> usualColumns(String attribute) {
        List<String> usual = USUAL_COLUMNS.getOrDefault(attribute, List.of());
        return this == PROVINCE && attribute.equals("name") ? Stream.concat(FULL_NAMES.stream(), usual.stream()).toList()
                : usual;
    }

    static Optional<ImportTarget> of(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
