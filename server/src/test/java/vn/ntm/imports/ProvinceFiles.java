package vn.ntm.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A province's official communes as an administrator uploads them: six real communes of Điện Biên
 * around Điện Biên Phủ (national-2025 data, MIT, see dien_bien_communes.LICENSE; Xã Thanh An's shape
 * is invalid as published). They are relabelled as province {@value #PROVINCE} with codes 9xxxx, which
 * no real province or commune has, so that the tests hold whatever provinces the database holds.
 */
final class ProvinceFiles {

    static final String PROVINCE = "99";
    static final String NAME = "Tỉnh Điện Biên";

    private final Path dir;
    private final ObjectMapper json;

    ProvinceFiles(Path dir, ObjectMapper json) {
        this.dir = dir;
        this.json = json;
    }

    /** The six communes, each with code, name, fullName, provinceCode and ten_tinh. */
    ObjectNode communes() {
        try (InputStream in = new GZIPInputStream(ProvinceFiles.class.getResourceAsStream("dien_bien_communes.geojson.gz"))) {
            ObjectNode collection = (ObjectNode) json.readTree(in);
            for (JsonNode feature : collection.get("features")) {
                ObjectNode p = (ObjectNode) feature.get("properties");
                p.put("code", "9" + p.get("code").asString().substring(1));
                p.put("provinceCode", PROVINCE);
                p.put("ten_tinh", NAME);
            }
            return collection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The communes with each feature's properties changed by {@code change}. */
    ObjectNode communes(Consumer<ObjectNode> change) {
        ObjectNode collection = communes();
        collection.get("features").forEach(f -> change.accept((ObjectNode) f.get("properties")));
        return collection;
    }

    static ArrayNode features(ObjectNode collection) {
        return (ArrayNode) collection.get("features");
    }

    static ObjectNode properties(ObjectNode collection, int index) {
        return (ObjectNode) collection.get("features").get(index).get("properties");
    }

    /** The position of the commune of this code in the collection. */
    static int index(ObjectNode collection, String code) {
        ArrayNode features = features(collection);
        for (int i = 0; i < features.size(); i++) {
            if (features.get(i).get("properties").get("code").asString().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No commune " + code);
    }

    Path write(String name, JsonNode collection) {
        try {
            return Files.writeString(dir.resolve(name + ".geojson"), json.writeValueAsString(collection),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes province {@value #PROVINCE} and everything that refers to its units, whichever table
     * (foreign keys read from the catalogue), so that other tests see the provinces of the demo; its
     * committed imports count as undone.
     */
    static void remove(JdbcClient jdbc) {
        jdbc.sql("""
                DO $$
                DECLARE
                    ids bigint[] := ARRAY(SELECT id FROM admin_unit WHERE province_code = '99');
                    r record;
                BEGIN
                    FOR r IN SELECT c.conrelid::regclass AS tab, a.attname AS col FROM pg_constraint c
                             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                             WHERE c.contype = 'f' AND c.confrelid = 'admin_unit'::regclass
                               AND c.conrelid <> 'admin_unit'::regclass
                    LOOP
                        EXECUTE format('DELETE FROM %s WHERE %I = ANY ($1)', r.tab, r.col) USING ids;
                    END LOOP;
                    DELETE FROM import_change WHERE entity = 'admin_unit' AND entity_id = ANY (ids);
                    DELETE FROM admin_unit WHERE id = ANY (ids);
                    UPDATE import_job SET status = 'undone' WHERE province_code = '99' AND status = 'committed';
                END
                $$""").update();
    }
}
