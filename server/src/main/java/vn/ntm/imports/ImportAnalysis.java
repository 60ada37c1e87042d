package vn.ntm.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.RefusedException;

/**
 * Checks a staging table against its target before anything changes: geometry present, valid,
 * of a fitting type, inside the province; codes unique and known; and suggests which columns
 * hold which attribute.
 */
@Component
class ImportAnalysis {

    static final int LISTED = 50;

    private final JdbcClient jdbc;
    private final StagingLoader staging;
    private final ImportJobRepository jobs;
    private final ProvinceFileCheck provinceFile;

    ImportAnalysis(JdbcClient jdbc, StagingLoader staging, ImportJobRepository jobs, ProvinceFileCheck provinceFile) {
        this.jdbc = jdbc;
        this.staging = staging;
        this.jobs = jobs;
        this.provinceFile = provinceFile;
    }

    /** The mapping to use: the user's choices where given and real, else the usual column names. */
    Map<String, String> mapping(long jobId, ImportTarget target, Map<String, String> chosen) {
        List<String> columns = staging.textColumns(jobId);
        List<String> all = jdbc.sql("""
                SELECT column_name FROM information_schema.columns
                WHERE table_schema = 'import_staging' AND table_name = :table AND column_name NOT IN ('fid', 'geom')""")
                .param("table", "job_" + jobId).query(String.class).list();
        Map<String, String> mapping = new LinkedHashMap<>();
        for (String attribute : target.attributes()) {
            String column = chosen.get(attribute);
            if (column != null && !column.isBlank()) {
                if (!all.contains(column)) {
                    throw new RefusedException("unknown-column", "The file has no column '" + column + "'",
                            "Tệp không có cột '" + column + "'");
                }
                mapping.put(attribute, column);
            } else {
                target.usualColumns(attribute).stream()
                        .filter(c -> columns.contains(c) || all.contains(c)).findFirst()
                        .ifPresent(c -> mapping.put(attribute, c));
            }
        }
        return mapping;
    }

    ImportReport report(long jobId, SourceFile source, ImportTarget target, String province, ResolvedCrs crs,
            ResolvedEncoding encoding, Map<String, String> mapping) {
        String table = StagingLoader.table(jobId);
        String transformed = "ST_Transform(ST_SetSRID(s.geom, :srid), 4326)";
        List<String> blocking = new ArrayList<>();
        List<Long> empty = ids("SELECT fid FROM " + table + " s WHERE s.geom IS NULL OR ST_IsEmpty(s.geom)", crs);
        List<ImportReport.Problem> invalid = List.of();
        List<Long> wrongType = List.of();
        List<Long> outside = List.of();
        List<Double> extent = null;
        try {
            invalid = jdbc.sql("SELECT s.fid, ST_IsValidReason(" + transformed + ") AS reason FROM " + table
                    + " s WHERE s.geom IS NOT NULL AND NOT ST_IsValid(" + transformed + ") ORDER BY s.fid LIMIT " + LISTED)
                    .param("srid", crs.srid())
                    .query((rs, n) -> new ImportReport.Problem(rs.getLong("fid"), rs.getString("reason"))).list();
            if (target.geometryTypes() != null) {
                wrongType = ids("SELECT s.fid FROM " + table + " s WHERE s.geom IS NOT NULL AND GeometryType(s.geom) <> ALL ("
                        + "CAST(:types AS text[]))", crs, Map.of("types", target.geometryTypes().toArray(String[]::new)));
            }
            outside = ids("WITH p AS MATERIALIZED (SELECT ST_Buffer(import_area(:province, :country), 0.01) AS geom) "
                    + "SELECT s.fid FROM " + table + " s, p WHERE s.geom IS NOT NULL AND NOT ST_Intersects(p.geom, "
                    + transformed + ")", crs, Map.of("province", province, "country", target.coversProvince()));
            extent = jdbc.sql("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent("
                    + transformed + ") AS e FROM " + table + " s) x").param("srid", crs.srid())
                    .query((rs, n) -> List.of(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)))
                    .single();
        } catch (DataAccessException e) {
            blocking.add("crs");
        }
        List<String> duplicates = duplicates(table, mapping.get("code"));
        List<String> unknownCommunes = unknownCommunes(table, target, mapping, province);
        long count = jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
        if (count == 0) {
            blocking.add("empty");
        }
        if (!empty.isEmpty()) {
            blocking.add("empty_geometry");
        }
        if (!wrongType.isEmpty()) {
            blocking.add("wrong_type");
        }
        if (!outside.isEmpty() || "unknown".equals(crs.how())) {
            blocking.add("outside_province");
        }
        if (!duplicates.isEmpty() && !target.isInfrastructure()) {
            blocking.add("duplicate_codes");
        }
        if (!unknownCommunes.isEmpty()) {
            blocking.add("unknown_communes");
        }
        if (!mapping.containsKey(target.attributes().get(0))) {
            blocking.add("missing_" + target.attributes().get(0));
        }
        Map<String, List<ImportReport.ValueCount>> unmapped = unmapped(table, mapping);
        List<ImportReport.EarlierImport> sameFile = jobs.sameFileCommitted(jobId);
        List<String> warnings = new ArrayList<>();
        if (!unmapped.isEmpty()) {
            warnings.add(ImportReport.UNMAPPED_VALUES);
        }
        if (!sameFile.isEmpty()) {
            warnings.add(ImportReport.SAME_FILE);
        }
        var validation = new ImportReport.Validation(invalid, empty, wrongType, outside, duplicates, unknownCommunes);
        ImportReport.Onboarding onboarding = null;
        if (target.coversProvince()) {
            onboarding = provinceFile.check(jobId, province, mapping);
            blocking.addAll(ProvinceFileCheck.blocking(onboarding, mapping));
            warnings.addAll(ProvinceFileCheck.warnings(onboarding, validation));
        }
        return new ImportReport(source.format(), source.layer().name(), source.layers(), source.layer().geometryType(), count,
                source.layer().fields(), crs, encoding, mapping, samples(table, mapping), validation, extent,
                blocking, unmapped, sameFile, warnings, onboarding);
    }

    /** Per coded attribute, the values that stand for no code (import_code), most frequent first. */
    private Map<String, List<ImportReport.ValueCount>> unmapped(String table, Map<String, String> mapping) {
        Map<String, List<ImportReport.ValueCount>> unmapped = new LinkedHashMap<>();
        for (String attribute : ImportTarget.CODED) {
            String column = mapping.get(attribute);
            if (column == null) {
                continue;
            }
            String value = "btrim(s." + StagingLoader.quote(column) + "::text)";
            // Grouped first (a materialised CTE, which the planner cannot push the lookup into), so
            // that each distinct word is looked up once, not once per feature.
            List<ImportReport.ValueCount> values = jdbc.sql("WITH words AS MATERIALIZED (SELECT " + value
                    + " AS value, count(*) AS n FROM " + table + " s WHERE " + value + " <> '' GROUP BY 1)"
                    + " SELECT value, n FROM words WHERE import_code(:attribute, value) IS NULL"
                    + " ORDER BY n DESC, value LIMIT " + LISTED).param("attribute", attribute)
                    .query((rs, n) -> new ImportReport.ValueCount(rs.getString("value"), rs.getLong("n"))).list();
            if (!values.isEmpty()) {
                unmapped.put(attribute, values);
            }
        }
        return unmapped;
    }

    private List<Long> ids(String sql, ResolvedCrs crs) {
        return ids(sql, crs, Map.of());
    }

    private List<Long> ids(String sql, ResolvedCrs crs, Map<String, Object> params) {
        var statement = jdbc.sql(sql + " ORDER BY s.fid LIMIT " + LISTED).param("srid", crs.srid());
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query(Long.class).list();
    }

    private List<String> duplicates(String table, String codeColumn) {
        if (codeColumn == null) {
            return List.of();
        }
        String column = StagingLoader.quote(codeColumn);
        return jdbc.sql("SELECT " + column + "::text FROM " + table + " WHERE " + column + " IS NOT NULL GROUP BY 1 "
                + "HAVING count(*) > 1 ORDER BY 1 LIMIT " + LISTED).query(String.class).list();
    }

    /** Commune codes given in the file that are not current communes of the province. */
    private List<String> unknownCommunes(String table, ImportTarget target, Map<String, String> mapping, String province) {
        String column = target == ImportTarget.COMMUNES ? mapping.get("code") : mapping.get("commune");
        if (column == null) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT s." + StagingLoader.quote(column) + "::text FROM " + table + " s "
                + "WHERE s." + StagingLoader.quote(column) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM admin_unit c "
                + "WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.province_code = :province "
                + "AND c.code = s." + StagingLoader.quote(column) + "::text) ORDER BY 1 LIMIT " + LISTED)
                .param("province", province).query(String.class).list();
    }

    private List<Map<String, String>> samples(String table, Map<String, String> mapping) {
        if (mapping.isEmpty()) {
            return List.of();
        }
        String columns = String.join(", ", mapping.entrySet().stream()
                .map(e -> StagingLoader.quote(e.getValue()) + "::text AS " + StagingLoader.quote(e.getKey())).toList());
        return jdbc.sql("SELECT " + columns + " FROM " + table + " ORDER BY fid LIMIT 5").query((rs, n) -> {
            Map<String, String> row = new LinkedHashMap<>();
            for (String attribute : mapping.keySet()) {
                row.put(attribute, rs.getString(attribute));
            }
            return row;
        }).list();
    }
}
