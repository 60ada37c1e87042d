package vn.ntm.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.ntm.common.Sql;

/**
 * Loads the real 2025 province and commune boundaries: the demo provinces at full resolution with
 * the pre-merger provinces and communes they absorbed and the lineage between them, then the other
 * provinces of the country from the simplified national set (no pre-merger units: the set has no
 * merge lists). A province already present is skipped. A pre-merger unit keeps its own province:
 * old Lào Cai (10) and its communes stay under 10, not under the merged Lào Cai (15), so figures of
 * the years before 2025 are those of that time.
 */
@Component
class BoundaryLoader {

    static final List<String> PROVINCES = List.of("12_lai_chau", "14_son_la", "15_lao_cai");
    static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);
    /** Pre-merger units' real start dates are not in the data; the programme's first period is used. */
    static final LocalDate PROGRAMME_START = LocalDate.of(2010, 1, 1);
    static final String REGION = "tdmnpb";
    static final String SOURCE = "Ranh giới hành chính 2025 (dvhcvn, MIT)";
    static final String NATIONAL_SOURCE =
            "Ranh giới hành chính 2025 (vietnamese-provinces-database, MIT; giản lược 0,0001°)";
    /**
     * The first pre-merger commune code of each old province of the demo (GSO codes run in blocks by
     * province: old Lào Cai 02635–03121, old Yên Bái 04249–04786), to tell apart the communes of a
     * merged province's predecessors.
     */
    static final Map<String, String> FIRST_COMMUNE = Map.of("10", "02635", "12", "03385", "14", "03646", "15", "04249");
    static final String MERGE_SOURCE = "Danh sách sắp xếp 2025 (dvhcvn, MIT): chưa có ranh giới trước sắp xếp";

    private static final String INSERT_UNIT = Sql.load(BoundaryLoader.class, "insert-unit.sql");
    private static final String INSERT_LINEAGE = Sql.load(BoundaryLoader.class, "insert-lineage.sql");

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    BoundaryLoader(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void load() {
        Map<String, JsonNode> merges = new HashMap<>();
        read("merges_2025.json").get("data").forEach(p -> merges.put(p.get("level1_id").asString(), p));
        for (String file : PROVINCES) {
            String code = file.substring(0, 2);
            if (!exists(code)) {
                loadProvince(file, code, merges.get(code));
            }
        }
        loadNational();
    }

    /**
     * The provinces not loaded yet, from the national set, and their communes. The communes file
     * (40 MB of GeoJSON) is streamed feature by feature.
     */
    private void loadNational() {
        Map<String, Long> added = new HashMap<>();
        read("national/provinces_2025.geojson").get("features").forEach(province -> {
            String code = province.get("properties").get("code").asString();
            if (!exists(code)) {
                added.put(code, insertCurrent(province, "province", null, code, null, NATIONAL_SOURCE));
            }
        });
        if (added.isEmpty()) {
            return;
        }
        try (InputStream in = open("national/communes_2025.geojson"); JsonParser parser = json.createParser(in)) {
            parser.nextToken(); // the collection's {
            while (parser.nextToken() != null && !"features".equals(parser.currentName())) {
                parser.skipChildren();
            }
            parser.nextToken(); // [
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode commune = parser.readValueAsTree();
                String province = commune.get("properties").get("provinceCode").asString();
                Long parentId = added.get(province);
                if (parentId != null) {
                    insertCurrent(commune, "commune", parentId, province, null, NATIONAL_SOURCE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the national boundaries", e);
        }
    }

    private boolean exists(String provinceCode) {
        return jdbc.sql("SELECT count(*) FROM admin_unit WHERE level = 'province' AND code = :code AND valid_to IS NULL")
                .param("code", provinceCode).query(Integer.class).single() > 0;
    }

    private void loadProvince(String file, String code, JsonNode merges) {
        JsonNode province = read(file + "_province.geojson").get("features").get(0);
        long provinceId = insertCurrent(province, "province", null, code, REGION, SOURCE);
        Map<String, Long> oldUnits = new HashMap<>();
        TreeMap<String, String> oldProvinceByFirstCommune = new TreeMap<>();
        for (JsonNode old : merges.get("merges")) {
            String oldCode = old.get("old_id").asString();
            long oldId = insertPredecessor(old, "province", oldCode, null, oldUnits);
            lineage(oldId, provinceId, old.get("type").asString(), "202/2025/QH15");
            oldProvinceByFirstCommune.put(firstCommune(oldCode), oldCode);
        }
        Map<String, Long> communes = new HashMap<>();
        for (JsonNode commune : read(file + "_communes.geojson").get("features")) {
            communes.put(commune.get("properties").get("code").asString(),
                    insertCurrent(commune, "commune", provinceId, code, REGION, SOURCE));
        }
        for (JsonNode successor : merges.get("level2s")) {
            Long successorId = communes.get(successor.get("level2_id").asString());
            if (successorId == null) {
                continue;
            }
            for (JsonNode old : successor.get("merges")) {
                String oldProvince = oldProvinceByFirstCommune.floorEntry(old.get("old_id").asString()).getValue();
                long oldId = insertPredecessor(old, "commune", oldProvince, oldUnits.get("province" + oldProvince),
                        oldUnits);
                lineage(oldId, successorId, old.get("type").asString(), null);
            }
        }
    }

    private long insertCurrent(JsonNode feature, String level, Long parentId, String provinceCode, String region,
            String source) {
        JsonNode p = feature.get("properties");
        String fullName = p.get("fullName").asString();
        UnitKind kind = UnitKind.of(fullName);
        return insert(p.get("code").asString(), level, kind, kind.fullName(fullName), p.get("nameEn").asString(),
                parentId, provinceCode, region, REORGANISED, null, p.get("areaKm2").decimalValue(),
                feature.get("geometry").toString(), source);
    }

    /** A unit that ceased on 1 July 2025; inserted once even when split among several successors. */
    private long insertPredecessor(JsonNode old, String level, String provinceCode, Long parentId,
            Map<String, Long> inserted) {
        String code = old.get("old_id").asString();
        return inserted.computeIfAbsent(level + code, key -> {
            String fullName = old.get("name").asString();
            return insert(code, level, UnitKind.of(fullName), fullName, null, parentId, provinceCode, REGION,
                    PROGRAMME_START, REORGANISED, null, null, MERGE_SOURCE);
        });
    }

    private long insert(String code, String level, UnitKind kind, String fullName, String nameEn, Long parentId,
            String provinceCode, String region, LocalDate validFrom, LocalDate validTo, BigDecimal areaKm2,
            String geojson, String source) {
        return jdbc.sql(INSERT_UNIT)
                .param("code", code).param("level", level).param("kind", kind.code())
                .param("name", kind.shortName(fullName)).param("full_name", fullName).param("name_en", nameEn)
                .param("parent_id", parentId).param("province_code", provinceCode).param("region", region)
                .param("valid_from", validFrom).param("valid_to", validTo).param("area_km2", areaKm2)
                .param("geojson", geojson).param("data_source", source)
                .query(Long.class).single();
    }

    private void lineage(long predecessorId, long successorId, String share, String legalDocument) {
        jdbc.sql(INSERT_LINEAGE).param("predecessor_id", predecessorId).param("successor_id", successorId)
                .param("share", share).param("effective_date", REORGANISED)
                .param("legal_document", legalDocument).update();
    }

    private static String firstCommune(String oldProvince) {
        String first = FIRST_COMMUNE.get(oldProvince);
        if (first == null) {
            throw new IllegalStateException("No first commune code known for old province " + oldProvince);
        }
        return first;
    }

    private JsonNode read(String resource) {
        try (InputStream in = open(resource)) {
            return json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo boundaries " + resource, e);
        }
    }

    private static InputStream open(String resource) throws IOException {
        return new GZIPInputStream(BoundaryLoader.class.getResourceAsStream("boundaries/" + resource + ".gz"), 1 << 16);
    }
}
