package vn.ntm.gis.ogr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs GDAL on files nobody vouches for. GDAL picks a driver by content, not by name, and several
 * drivers open other datasets (OGR VRT, WFS, the PostgreSQL driver...), so:
 * <ul>
 * <li>only the drivers named may open anything: every other vector driver is in GDAL_SKIP
 * (GDAL 3.6's ogrinfo/ogr2ogr have no {@code -if});</li>
 * <li>the process sees a clean environment (no server secrets), no plugins, no network file
 * systems or PROJ downloads;</li>
 * <li>prlimit caps its CPU time (SIGXCPU) and address space, and it is killed at its wall-clock limit;</li>
 * <li>an offline run (one that needs no database) gets its own empty network namespace, where the
 * system allows one ({@code unshare -n} as root, else a user namespace); elsewhere it runs without,
 * the other measures still holding.</li>
 * </ul>
 * Arguments are never user strings that could read as options: callers refuse those starting with '-'.
 */
public final class OgrSandbox {

    /** Wall-clock and CPU-time limits and the most address space a run may use. */
    public record Limits(Duration timeout, Duration cpu, long maxMemoryBytes) {
    }

    /** Drivers that open other datasets, files or URLs, skipped even if {@code ogrinfo --formats} did not list them. */
    private static final List<String> ALWAYS_SKIPPED = List.of("VRT", "OGR_VRT", "GTI", "LIBKML", "HTTP", "WFS",
            "OAPIF", "OGCAPI", "CSW", "WMS", "WCS", "ESRIJSON", "TopoJSON", "GeoJSONSeq", "EEDA", "PLSCENES", "Elasticsearch",
            "Carto", "AmigoCloud", "NGW", "GPSBabel", "PostgreSQL", "MySQL", "ODBC", "MSSQLSpatial", "PGeo",
            "OGR_OGDI", "SQLite", "MBTiles", "PDF", "PCIDSK", "GMLAS", "CSV", "STACIT", "STACTA");
    /** The server's environment variables a GDAL tool may see. */
    private static final Set<String> INHERITED = Set.of("PATH", "LANG", "LC_ALL", "LC_CTYPE", "TZ", "TMPDIR",
            "LD_LIBRARY_PATH", "GDAL_DATA", "PROJ_DATA", "PROJ_LIB");
    private static final Pattern FORMAT = Pattern.compile("(?m)^  (.+?) -[a-z ,]+- \\(");
    private static final Duration PROBE = Duration.ofSeconds(30);

    private static volatile List<String> vectorDrivers;
    private static volatile List<String> offlinePrefix;

    private OgrSandbox() {
    }

    /**
     * Runs {@code command} (ogrinfo, ogr2ogr, gdalsrsinfo with their arguments) letting only
     * {@code drivers} open datasets; {@code offline} runs get no network.
     */
    public static OgrCommand.Result run(List<String> command, Set<String> drivers, boolean offline, Limits limits,
            Map<String, String> environment) throws OgrException {
        List<String> confined = new ArrayList<>(offline ? offlinePrefix() : List.of());
        long cpu = Math.max(1, limits.cpu().toSeconds());
        confined.addAll(List.of("prlimit", "--cpu=" + cpu + ":" + (cpu + 5), "--as=" + limits.maxMemoryBytes(), "--"));
        confined.addAll(command);
        Map<String, String> settings = new TreeMap<>(environment);
        settings.put("GDAL_SKIP", skipAllBut(drivers));
        settings.put("GDAL_DRIVER_PATH", "disable");
        settings.put("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".ntm-no-remote-file");
        settings.put("GDAL_HTTP_TIMEOUT", "1");
        settings.put("PROJ_NETWORK", "OFF");
        return OgrCommand.run(command.get(0), confined, limits.timeout(), settings, INHERITED);
    }

    /** GDAL_SKIP naming every vector driver but {@code kept}, comma-separated (names have spaces). */
    static String skipAllBut(Set<String> kept) throws OgrException {
        Set<String> skipped = new LinkedHashSet<>(vectorDrivers());
        skipped.addAll(ALWAYS_SKIPPED);
        skipped.removeAll(kept);
        return String.join(",", skipped);
    }

    private static List<String> vectorDrivers() throws OgrException {
        if (vectorDrivers == null) {
            Matcher format = FORMAT.matcher(OgrCommand.run(List.of("ogrinfo", "--formats"), PROBE, Map.of()).stdout());
            List<String> names = new ArrayList<>();
            while (format.find()) {
                names.add(format.group(1));
            }
            if (names.isEmpty()) {
                throw new OgrException("ogrinfo --formats listed no driver; GDAL cannot be confined");
            }
            vectorDrivers = List.copyOf(names);
        }
        return vectorDrivers;
    }

    /** {@code unshare -n}, else {@code unshare -r -n}, whichever this system allows; else nothing. */
    private static List<String> offlinePrefix() {
        if (offlinePrefix == null) {
            List<String> allowed = List.of();
            for (List<String> prefix : List.of(List.of("unshare", "-n"), List.of("unshare", "-r", "-n"))) {
                List<String> probe = new ArrayList<>(prefix);
                probe.add("true");
                try {
                    OgrCommand.run(probe, PROBE, Map.of());
                    allowed = prefix;
                    break;
                } catch (OgrException e) {
                    System.getLogger(OgrSandbox.class.getName()).log(System.Logger.Level.DEBUG,
                            "No network namespace with " + prefix + ": " + e.getMessage());
                }
            }
            if (allowed.isEmpty()) {
                System.getLogger(OgrSandbox.class.getName()).log(System.Logger.Level.WARNING,
                        "unshare is not allowed here: GDAL inspection runs without its own network namespace");
            }
            offlinePrefix = allowed;
        }
        return offlinePrefix;
    }
}
