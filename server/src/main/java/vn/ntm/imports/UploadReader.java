package vn.ntm.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.ntm.common.RefusedException;
import vn.ntm.gis.archive.SafeZipExtractor;
import vn.ntm.gis.archive.UnsafeArchiveException;
import vn.ntm.gis.ogr.LayerInfo;
import vn.ntm.gis.ogr.OgrException;
import vn.ntm.gis.ogr.OgrInfo;

/**
 * Opens an upload safely: unpacks archives within limits, finds the dataset (zipped shapefile,
 * GeoPackage, KML/KMZ, GeoJSON), checks a shapefile has its members, and reads it with ogrinfo.
 */
@Component
class UploadReader {

    private static final List<String> DATASETS = List.of(".shp", ".gpkg", ".kml", ".geojson", ".json");
    /** The one GDAL driver each kind of file is opened with, whatever its content claims. */
    private static final Map<String, String> DRIVERS = Map.of("shapefile", "ESRI Shapefile", "geopackage", "GPKG",
            "kml", "KML", "geojson", "GeoJSON");

    private final ImportProperties limits;

    UploadReader(ImportProperties limits) {
        this.limits = limits;
    }

    /**
     * Unpacks and reads an upload; of a dataset with several layers (a GeoPackage, a KML with
     * folders), the one named {@code layer}, else the first whose geometry fits the target.
     */
    SourceFile open(Path upload, Path workDir, String layer, ImportTarget target) {
        Path files = workDir.resolve("files");
        try {
            String name = upload.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".zip") || name.endsWith(".kmz")) {
                new SafeZipExtractor(limits.maxEntries(), limits.maxUnpackedSize().toBytes(),
                        limits.maxUnpackedSize().toBytes(), limits.maxRatio()).extract(upload, files);
            } else {
                Files.createDirectories(files);
                Files.copy(upload, files.resolve(upload.getFileName()));
            }
            Path dataset = find(files, name.endsWith(".kmz") ? List.of(".kml") : DATASETS)
                    .orElseThrow(() -> new RefusedException("no-dataset",
                            "No shapefile (.shp), GeoPackage, KML or GeoJSON was found in the upload",
                            "Không tìm thấy shapefile (.shp), GeoPackage, KML hay GeoJSON trong tệp tải lên"));
            String format = format(dataset);
            Path prj = null;
            Path cpg = null;
            Path dbf = null;
            if (format.equals("shapefile")) {
                dbf = member(dataset, ".dbf", true);
                member(dataset, ".shx", true);
                prj = member(dataset, ".prj", false);
                cpg = member(dataset, ".cpg", false);
            }
            var info = OgrInfo.read(dataset, driver(format), limits.inspection(), Map.of("SHAPE_RESTORE_SHX", "NO"));
            if (info.layers().isEmpty()) {
                throw new RefusedException("empty", "The file has no layer", "Tệp không có lớp dữ liệu nào");
            }
            return new SourceFile(format, dataset, prj, cpg, dbf, choose(info.layers(), layer, target),
                    info.layers().stream().map(LayerInfo::name).toList());
        } catch (UnsafeArchiveException e) {
            throw new RefusedException("unsafe-archive", e.getMessage(), switch (e.reason()) {
                case ZIP_SLIP -> "Tệp nén có đường dẫn ra ngoài thư mục (zip-slip): bị từ chối";
                case TOO_MANY_ENTRIES -> "Tệp nén có quá nhiều tệp";
                case TOO_LARGE -> "Tệp nén giải nén ra quá lớn";
                case RATIO_EXCEEDED -> "Tệp nén có tỉ lệ nén bất thường (nghi zip bomb)";
                case DUPLICATE_ENTRY -> "Tệp nén có tệp trùng tên";
                case CORRUPT -> "Tệp nén bị hỏng hoặc không phải tệp zip";
            });
        } catch (OgrException e) {
            throw refusal(e, limits.inspectTimeout());
        } catch (IOException e) {
            throw new RefusedException("unreadable", "The upload cannot be read", "Không đọc được tệp tải lên");
        }
    }

    static String driver(String format) {
        return DRIVERS.get(format);
    }

    /** A failed GDAL run as the refusal a person reads; one stopped at its time limit says so. */
    static RefusedException refusal(OgrException e, Duration limit) {
        if (e.timedOut()) {
            return new RefusedException("too-slow", "GDAL needed more than " + limit.toSeconds()
                    + " s for this file and was stopped; the file is refused",
                    "GDAL cần hơn " + limit.toSeconds() + " giây để xử lý tệp này nên đã bị dừng; tệp bị từ chối");
        }
        String said = firstLine(e.getMessage());
        return new RefusedException("unreadable", "GDAL cannot read the file: " + said, "GDAL không đọc được tệp: "
                + (said.equals(OgrException.NOT_OPENED) ? "tệp không đúng định dạng mà tên của nó cho biết, hoặc bị hỏng" : said));
    }

    private static Optional<Path> find(Path root, List<String> extensions) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = paths.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("._")).sorted().toList();
            for (String extension : extensions) {
                Optional<Path> found = all.stream()
                        .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }

    /** A shapefile member next to the .shp, whatever the case of its extension. */
    private static Path member(Path shp, String extension, boolean required) throws IOException {
        String base = shp.getFileName().toString().replaceAll("(?i)\\.shp$", "");
        try (Stream<Path> siblings = Files.list(shp.getParent())) {
            Optional<Path> member = siblings.filter(p -> p.getFileName().toString().equalsIgnoreCase(base + extension))
                    .findFirst();
            if (member.isEmpty() && required) {
                throw new RefusedException("missing-member", "The shapefile has no " + extension + " file",
                        "Shapefile thiếu tệp " + extension);
            }
            return member.orElse(null);
        }
    }

    private static LayerInfo choose(List<LayerInfo> layers, String name, ImportTarget target) {
        if (name != null && !name.isBlank()) {
            return layers.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(); // checked on adjusting
        }
        return layers.stream().filter(l -> target.geometryTypes() == null || target.geometryTypes()
                .contains(l.geometryType().toUpperCase(Locale.ROOT).replace(" ", "").replace("3D", "")))
                .findFirst().orElse(layers.get(0));
    }

    private static String format(Path dataset) {
        String name = dataset.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".shp")) {
            return "shapefile";
        }
        if (name.endsWith(".gpkg")) {
            return "geopackage";
        }
        return name.endsWith(".kml") ? "kml" : "geojson";
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).replaceAll("^ERROR \\d+: ", "");
    }
}
