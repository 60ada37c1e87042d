package vn.ntm.imports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.ntm.common.RefusedException;
import vn.ntm.gis.crs.CrsDefinition;
import vn.ntm.gis.crs.PrjReader;
import vn.ntm.gis.crs.ProvinceZones;
import vn.ntm.gis.ogr.OgrException;
import vn.ntm.gis.ogr.OgrSandbox;

/**
 * Decides the coordinate system of an upload: the user's choice, else the .prj (VN-2000 always with
 * the official shift), else what the format declares, else the candidate that places the data's
 * extent inside the chosen province (inside Vietnam for a province being loaded, see import_area).
 */
@Component
class CrsResolver {

    /** The name a WKT gives its coordinate system, e.g. {@code PROJCRS["WGS 84 / UTM zone 48N", ...}. */
    private static final Pattern CRS_NAME = Pattern.compile("^\\s*(?:PROJCRS|GEOGCRS|PROJCS|GEOGCS)\\[\"([^\"]+)\"");
    /** How WKT begins: a keyword and '['. */
    private static final Pattern WKT = Pattern.compile("\\s*[A-Z][A-Z_0-9]*\\[");

    /** What PostGIS says when PROJ cannot build or apply a transformation. */
    private static final Pattern PROJ_ERROR = Pattern.compile("proj string|projection|transform");
    private static final Logger LOG = LoggerFactory.getLogger(CrsResolver.class);

    private final JdbcClient jdbc;
    private final ImportProperties limits;

    CrsResolver(JdbcClient jdbc, ImportProperties limits) {
        this.jdbc = jdbc;
        this.limits = limits;
    }

    ResolvedCrs resolve(SourceFile source, String province, ImportTarget target, String override) {
        List<CrsDefinition> known = ProvinceZones.candidates(province);
        double[] extent = source.layer().extent();
        boolean country = target.coversProvince();
        List<ResolvedCrs.Candidate> candidates = known.stream()
                .map(c -> new ResolvedCrs.Candidate(c.id(), c.name(),
                        extent != null && inside(extent, c.proj(), province, country)))
                .toList();
        if (override != null) {
            CrsDefinition chosen = known.stream().filter(c -> c.id().equals(override)).findFirst()
                    .orElseThrow(() -> new RefusedException("unknown-crs", "Unknown coordinate system '" + override + "'",
                            "Không có hệ tọa độ '" + override + "'"));
            return resolved(chosen, "override", candidates);
        }
        Optional<String> wkt = source.prj() != null ? Optional.of(read(source.prj())) : Optional.ofNullable(source.layer().srsWkt());
        if (wkt.isPresent()) {
            CrsDefinition declared = PrjReader.read(wkt.get()).orElseGet(() -> fromGdal(wkt.get()));
            return resolved(declared, source.prj() != null ? "prj" : "declared", candidates);
        }
        for (int i = 0; i < known.size(); i++) {
            if (candidates.get(i).placesDataInProvince()) {
                return resolved(known.get(i), "inferred", candidates);
            }
        }
        return resolved(known.get(0), "unknown", candidates);
    }

    private ResolvedCrs resolved(CrsDefinition crs, String how, List<ResolvedCrs.Candidate> candidates) {
        int srid;
        try {
            srid = jdbc.sql("SELECT import_srid(:proj)").param("proj", crs.proj()).query(Integer.class).single();
        } catch (DataAccessException e) {
            requireProjRefusal(e);
            throw new RefusedException("unreadable-crs", "PostGIS cannot use the coordinate system " + crs.proj(),
                    "PostGIS không dùng được hệ tọa độ " + crs.proj());
        }
        return new ResolvedCrs(crs.id(), crs.name(), crs.proj(), srid, how, candidates);
    }

    /**
     * Whether the centre of the extent, read in this system, falls inside the province, or Vietnam when
     * {@code country} (0.2° of slack).
     */
    boolean inside(double[] extent, String proj, String province, boolean country) {
        try {
            return Boolean.TRUE.equals(jdbc.sql("""
                    SELECT ST_Intersects(ST_Buffer(a.geom, 0.2), ST_Transform(ST_SetSRID(ST_MakePoint(:x, :y), 0), :proj, 4326))
                    FROM (SELECT import_area(:province, :country) AS geom) a WHERE a.geom IS NOT NULL""")
                    .param("x", (extent[0] + extent[2]) / 2).param("y", (extent[1] + extent[3]) / 2).param("proj", proj)
                    .param("province", province).param("country", country).query(Boolean.class).optional()
                    .orElse(false));
        } catch (DataAccessException e) {
            requireProjRefusal(e);
            return false;
        }
    }

    /**
     * Returns when the error is PostGIS or PROJ refusing the coordinate system (SQLSTATE XX000,
     * "could not parse proj string", "transform: Point outside of projection domain", ...): the
     * system does not fit. Any other database error is logged and thrown on, to be answered as 500.
     */
    private static void requireProjRefusal(DataAccessException error) {
        if (!projRefused(error)) {
            LOG.error("Database error while checking a coordinate system", error);
            throw error;
        }
    }

    static boolean projRefused(DataAccessException error) {
        return error.getMostSpecificCause() instanceof SQLException sql && "XX000".equals(sql.getSQLState())
                && sql.getMessage() != null && PROJ_ERROR.matcher(sql.getMessage()).find();
    }

    /** Only WKT reaches gdalsrsinfo: it would also take a URL, a file name or an option. */
    private CrsDefinition fromGdal(String wkt) {
        try {
            if (!WKT.matcher(wkt).lookingAt()) {
                throw new OgrException("Not WKT");
            }
            String proj = OgrSandbox.run(List.of("gdalsrsinfo", "-o", "proj4", wkt), Set.of(), true, limits.inspection(),
                    Map.of()).stdout().strip().replace("'", "");
            Matcher named = CRS_NAME.matcher(wkt);
            return new CrsDefinition(proj, named.find() ? named.group(1) : "As declared by the file", proj);
        } catch (OgrException e) {
            throw new RefusedException("unreadable-crs", "The file's coordinate system cannot be read",
                    "Không đọc được hệ tọa độ của tệp");
        }
    }

    private static String read(Path prj) {
        try {
            return Files.readString(prj, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new RefusedException("unreadable", "The .prj file cannot be read", "Không đọc được tệp .prj");
        }
    }
}
