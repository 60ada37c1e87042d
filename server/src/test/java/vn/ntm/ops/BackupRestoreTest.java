package vn.ntm.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.zaxxer.hikari.HikariDataSource;

import vn.ntm.security.Role;
import vn.ntm.support.Api;
import vn.ntm.support.Images;
import vn.ntm.support.IntegrationTest;
import vn.ntm.support.Multipart;
import vn.ntm.support.NtmCommand;
import vn.ntm.support.ScratchDatabase;
import vn.ntm.support.TestAccounts;
import vn.ntm.support.VectorTile;

/**
 * {@code ./ntm backup} and {@code ./ntm restore}, run as an operator runs them, on the test database:
 * back up, change the data, restore, and the server gives the same answers as before.
 */
@IntegrationTest
class BackupRestoreTest {

    private static final String COMMUNE = "03679";

    @Autowired
    Api api;

    @Autowired
    TestAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcConnectionDetails database;

    @Autowired
    DataSource dataSource;

    @TempDir
    Path dir;

    /**
     * What the server answers: every table's row count, a unit's detail, a tile's features (geometry and
     * attributes, in a stable order: a restored table may list rows in another order), an inspection photo.
     */
    record Answers(Map<String, Long> counts, String unit, List<String> tile, byte[] photo) {

        @Override
        public boolean equals(Object o) {
            return o instanceof Answers a && counts.equals(a.counts) && unit.equals(a.unit) && tile.equals(a.tile)
                    && Arrays.equals(photo, a.photo);
        }

        @Override
        public int hashCode() {
            return counts.hashCode();
        }
    }

    @Test
    void aBackupRestoredGivesTheSameAnswers() throws IOException {
        Map<String, String> officer = accounts.bearer(Role.COMMUNE_OFFICER, "14", List.of(COMMUNE));
        long inspection = api.post("/api/infrastructure/" + featureIn(COMMUNE) + "/inspections", new Multipart()
                .field("inspectedOn", "2026-11-02").field("note", "Trước khi sao lưu")
                .file("photo", "before.png", "image/png", Images.png(31, 17)), officer).json().get("id").asLong();
        Answers before = answers(inspection, officer);
        assertThat(before.photo()).isEqualTo(Images.png(31, 17));
        Path backup = dir.resolve("ntm.dump");

        NtmCommand.Result backedUp = ntm("backup", backup.toString());

        assertThat(backedUp.status()).as(backedUp.output()).isZero();
        jdbc.sql("UPDATE admin_unit SET name = 'Đổi sau sao lưu', geom = ST_Translate(geom, 0.01, 0) WHERE code = :code")
                .param("code", COMMUNE).update();
        jdbc.sql("DELETE FROM inspection WHERE id = :id").param("id", inspection).update();
        jdbc.sql("DELETE FROM audit_log WHERE id IN (SELECT max(id) FROM audit_log)").update();
        Answers changed = answers(inspection, officer);
        assertThat(changed).isNotEqualTo(before);
        String changedTag = api.get(tileUrl()).header("ETag");

        NtmCommand.Result refused = ntm("restore", backup.toString());

        assertThat(refused.status()).isNotZero();
        assertThat(refused.output()).contains("is not empty").contains("--force");
        assertThat(answers(inspection, officer)).isEqualTo(changed);

        NtmCommand.Result restored = ntm("restore", "--force", backup.toString());

        assertThat(restored.status()).as(restored.output()).isZero();
        ((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        Answers after = answers(inspection, officer);
        assertThat(after.counts()).isEqualTo(before.counts());
        assertThat(after.unit()).isEqualTo(before.unit());
        assertThat(after.photo()).isEqualTo(before.photo());
        assertThat(after.tile()).isEqualTo(before.tile());
        // A write after the restore does not make the tile's ETag one that named the discarded changes.
        jdbc.sql("UPDATE admin_unit SET name = name WHERE code = :code").param("code", COMMUNE).update();
        assertThat(api.get(tileUrl()).header("ETag")).isNotEqualTo(changedTag);
    }

    @Test
    void aBackupRestoresIntoAnEmptyDatabase() {
        Path backup = dir.resolve("ntm.dump");
        assertThat(ntm("backup", backup.toString()).status()).isZero();
        try (ScratchDatabase empty = new ScratchDatabase(jdbc, database, "restored")) {
            NtmCommand.Result restored = NtmCommand.run(database, empty.url(), "restore", backup.toString());

            assertThat(restored.status()).as(restored.output()).isZero();
            assertThat(counts(empty.jdbc())).isEqualTo(counts(jdbc));
        }
    }

    @Test
    void aDamagedOrForeignFileIsRefusedAndTheDatabaseKept() throws IOException {
        Path backup = dir.resolve("ntm.dump");
        assertThat(ntm("backup", backup.toString()).status()).isZero();
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(dir.resolve("truncated.dump"), Arrays.copyOf(whole, whole.length * 2 / 3));
        Path noise = Files.write(dir.resolve("noise.dump"), "'; DROP TABLE admin_unit; --\n".getBytes());
        Map<String, Long> counts = counts(jdbc);

        for (Path file : List.of(truncated, noise, dir.resolve("missing.dump"))) {
            NtmCommand.Result refused = ntm("restore", "--force", file.toString());

            assertThat(refused.status()).as(file.toString()).isNotZero();
            assertThat(refused.output()).as(file.toString())
                    .containsAnyOf("is damaged", "is not a backup made by ./ntm backup", "no such readable file");
        }
        assertThat(ntm("backup", backup.toString()).output()).contains("exists");
        assertThat(counts(jdbc)).isEqualTo(counts);
    }

    private NtmCommand.Result ntm(String... args) {
        return NtmCommand.run(database, database.getJdbcUrl(), args);
    }

    private Answers answers(long inspection, Map<String, String> officer) {
        Api.Response photo = api.send("GET", "/api/inspections/" + inspection + "/photo", null, officer);
        int[] zxy = tile();
        List<String> features = VectorTile.decode(zxy[0], zxy[1], zxy[2], api.get(tileUrl()).bytes())
                .layers().get("communes").getGeometries().stream()
                .map(g -> g.toText() + " " + new TreeMap<>(VectorTile.properties(g))).sorted().toList();
        return new Answers(counts(jdbc), api.get("/api/units/" + COMMUNE).json().toString(), features,
                photo.status() == 200 ? photo.bytes() : new byte[0]);
    }

    private String tileUrl() {
        int[] zxy = tile();
        return "/tiles/communes/" + zxy[0] + "/" + zxy[1] + "/" + zxy[2] + ".mvt";
    }

    /** Zoom, x and y of the zoom-11 tile over the commune. */
    private int[] tile() {
        double[] lonLat = jdbc.sql("SELECT ST_X(p), ST_Y(p) FROM ST_PointOnSurface((SELECT geom FROM admin_unit "
                + "WHERE code = :code AND valid_to IS NULL)) p").param("code", COMMUNE)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        int z = 11;
        int x = (int) Math.floor((lonLat[0] + 180) / 360 * (1 << z));
        double lat = Math.toRadians(lonLat[1]);
        int y = (int) Math.floor((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2 * (1 << z));
        return new int[] {z, x, y};
    }

    /** Rows in every table of the application's schemas. */
    private static Map<String, Long> counts(JdbcClient db) {
        Map<String, Long> counts = new LinkedHashMap<>();
        db.sql("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
                + "WHERE schemaname IN ('public', 'import_staging') ORDER BY 1").query(String.class).list()
                .forEach(table -> counts.put(table,
                        db.sql("SELECT count(*) FROM " + table).query(Long.class).single()));
        return counts;
    }

    private long featureIn(String commune) {
        return jdbc.sql("SELECT i.id FROM infrastructure i JOIN admin_unit u ON u.id = i.commune_id "
                + "WHERE u.code = :code ORDER BY i.id LIMIT 1").param("code", commune).query(Long.class).single();
    }
}
