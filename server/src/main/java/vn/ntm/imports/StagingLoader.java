package vn.ntm.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;


import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.RefusedException;
import vn.ntm.gis.ogr.DbfText;
import vn.ntm.gis.ogr.OgrException;
import vn.ntm.gis.ogr.OgrSandbox;
import vn.ntm.gis.text.EncodingDetector;
import vn.ntm.gis.text.VietnameseEncoding;

/**
 * Loads an upload into its staging table with ogr2ogr (COPY, coordinates untouched), then makes its
 * text NFC Unicode: GDAL decodes UTF-8 and Windows-1258; TCVN3 and VNI are loaded byte for byte and
 * decoded here, since GDAL's iconv knows neither.
 */
@Component
class StagingLoader {

    static final int DETECTION_SAMPLES = 200;
    /** Rows decoded at a time, so that the heap stays small whatever the size of the file. */
    static final int DECODE_BATCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final PgConnection database;
    private final ImportProperties limits;

    StagingLoader(JdbcClient jdbc, JdbcTemplate template, PgConnection database, ImportProperties limits) {
        this.jdbc = jdbc;
        this.template = template;
        this.database = database;
        this.limits = limits;
    }

    static String table(long jobId) {
        return "import_staging.job_" + jobId;
    }

    ResolvedEncoding encoding(SourceFile source, String override) {
        if (override != null) {
            try {
                return new ResolvedEncoding(VietnameseEncoding.valueOf(override), "override", 1);
            } catch (IllegalArgumentException e) {
                throw new RefusedException("unknown-encoding", "Unknown encoding '" + override + "'",
                        "Không có bảng mã '" + override + "'");
            }
        }
        if (!source.format().equals("shapefile")) {
            return new ResolvedEncoding(VietnameseEncoding.UTF_8, "format", 1);
        }
        try {
            if (source.cpg() != null) {
                var declared = VietnameseEncoding.fromCpg(Files.readString(source.cpg(), StandardCharsets.ISO_8859_1));
                if (declared.isPresent()) {
                    return new ResolvedEncoding(declared.get(), "cpg", 1);
                }
            }
            var detection = EncodingDetector.detect(DbfText.nonAsciiValues(source.dbf(), DETECTION_SAMPLES));
            return new ResolvedEncoding(detection.encoding(), "detected", detection.confidence());
        } catch (IOException e) {
            throw new RefusedException("unreadable-dbf", "The .dbf file cannot be read", "Không đọc được tệp .dbf");
        }
    }

    void load(long jobId, SourceFile source, ResolvedEncoding encoding) {
        String layer = source.layer().name();
        if (layer.startsWith("-")) { // GDAL would read it as an option (GDAL 3.6 has no "--" to stop that)
            throw new RefusedException("unsafe-layer-name", "The layer '" + layer
                    + "' has a name beginning with '-', which GDAL would take for an option; rename the layer",
                    "Lớp '" + layer + "' có tên bắt đầu bằng dấu '-', GDAL sẽ hiểu nhầm là tham số; hãy đổi tên lớp");
        }
        jdbc.sql("DROP TABLE IF EXISTS " + table(jobId)).update();
        List<String> command = new ArrayList<>(List.of("ogr2ogr"));
        command.addAll(database.target());
        command.addAll(List.of(source.dataset().toAbsolutePath().toString(), layer, "-nln", table(jobId),
                "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "-lco", "SPATIAL_INDEX=NONE", "-lco", "PRECISION=NO",
                "-nlt", "GEOMETRY", "-dim", "XY", "-a_srs", "EPSG:4326", "-gt", "65536"));
        if (source.format().equals("shapefile")) {
            command.addAll(List.of("-oo", "ENCODING=" + encoding.gdalName()));
        }
        try {
            OgrSandbox.run(command, Set.of(UploadReader.driver(source.format()), PgConnection.DRIVER), false,
                    limits.loading(), database.environment());
        } catch (OgrException e) {
            throw UploadReader.refusal(e, limits.loadTimeout());
        }
        if (encoding.decodedAfterLoading()) {
            decodeColumnNames(jobId, encoding);
        }
        normaliseText(jobId, encoding);
    }

    /** Column names of a file loaded byte for byte, decoded like its text (one already taken keeps its name). */
    private void decodeColumnNames(long jobId, ResolvedEncoding encoding) {
        List<String> columns = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'import_staging' AND table_name = :table AND column_name NOT IN ('fid', 'geom')""")
                .param("table", "job_" + jobId).query(String.class).list();
        for (String column : columns) {
            String decoded = encoding.encoding().decode(column.getBytes(StandardCharsets.ISO_8859_1)).orElse(column);
            if (!decoded.equals(column) && !columns.contains(decoded)) {
                jdbc.sql("ALTER TABLE " + table(jobId) + " RENAME COLUMN " + quote(column) + " TO " + quote(decoded))
                        .update();
            }
        }
    }

    List<String> textColumns(long jobId) {
        return jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'import_staging' AND table_name = :table
                  AND data_type IN ('character varying', 'text')
                ORDER BY ordinal_position""").param("table", "job_" + jobId).query(String.class).list();
    }

    private void normaliseText(long jobId, ResolvedEncoding encoding) {
        List<String> columns = textColumns(jobId);
        if (columns.isEmpty()) {
            return;
        }
        if (!encoding.decodedAfterLoading()) {
            String sets = String.join(", ", columns.stream().map(c -> quote(c) + " = normalize(" + quote(c) + ", NFC)").toList());
            String denormal = String.join(" OR ", columns.stream().map(c -> quote(c) + " IS NOT NFC NORMALIZED").toList());
            jdbc.sql("UPDATE " + table(jobId) + " SET " + sets + " WHERE " + denormal).update();
            return;
        }
        String select = "SELECT fid, " + String.join(", ", columns.stream().map(StagingLoader::quote).toList())
                + " FROM " + table(jobId) + " WHERE fid > ? ORDER BY fid LIMIT " + DECODE_BATCH;
        String update = "UPDATE " + table(jobId) + " SET "
                + String.join(", ", columns.stream().map(c -> quote(c) + " = ?").toList()) + " WHERE fid = ?";
        long after = Long.MIN_VALUE;
        List<Object[]> batch;
        do {
            batch = template.query(select, (rs, n) -> {
                Object[] row = new Object[columns.size() + 1];
                for (int i = 0; i < columns.size(); i++) {
                    String raw = rs.getString(i + 2);
                    row[i] = raw == null ? null
                            : encoding.encoding().decode(raw.getBytes(StandardCharsets.ISO_8859_1)).orElse(raw);
                }
                row[columns.size()] = rs.getLong(1);
                return row;
            }, after);
            template.batchUpdate(update, batch);
            after = batch.isEmpty() ? after : (long) batch.get(batch.size() - 1)[columns.size()];
        } while (batch.size() == DECODE_BATCH);
    }

    /** A column name of a staging table, quoted; names come from information_schema, never from requests. */
    static String quote(String column) {
        return "\"" + column.replace("\"", "\"\"") + "\"";
    }

    void drop(long jobId) {
        jdbc.sql("DROP TABLE IF EXISTS " + table(jobId)).update();
    }
}
