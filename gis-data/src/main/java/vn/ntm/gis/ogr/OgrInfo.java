package vn.ntm.gis.ogr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a vector dataset holds, read with {@code ogrinfo -ro -so -al} (GDAL 3.6 has no JSON for this)
 * in the {@link OgrSandbox}, offline, by the one driver its kind of file calls for.
 */
public final class OgrInfo {

    /** The dataset's driver (format) and layers. */
    public record DatasetInfo(String driver, List<LayerInfo> layers) {
    }

    private static final Pattern DRIVER = Pattern.compile("using driver `([^']+)'");
    private static final Pattern EXTENT = Pattern.compile(
            "Extent: \\((-?[0-9.eE+-]+), (-?[0-9.eE+-]+)\\) - \\((-?[0-9.eE+-]+), (-?[0-9.eE+-]+)\\)");
    private static final Pattern FIELD = Pattern.compile("^([^:]+): (\\w+) \\(.*\\)$");

    private OgrInfo() {
    }

    public static DatasetInfo read(Path dataset, String driverName, OgrSandbox.Limits limits,
            Map<String, String> environment) throws OgrException {
        String out = OgrSandbox.run(List.of("ogrinfo", "-ro", "-so", "-al", dataset.toAbsolutePath().toString()),
                Set.of(driverName), true, limits, environment).stdout();
        Matcher driver = DRIVER.matcher(out);
        if (!driver.find() || !driver.group(1).equals(driverName)) {
            throw new OgrException("The file is not a valid " + driverName + " dataset");
        }
        String[] blocks = out.split("\nLayer name: ");
        List<LayerInfo> layers = new ArrayList<>();
        for (int i = 1; i < blocks.length; i++) {
            layers.add(layer(blocks[i]));
        }
        return new DatasetInfo(driver.group(1), layers);
    }

    private static LayerInfo layer(String block) {
        String[] lines = block.split("\n");
        String geometry = null;
        long count = -1;
        double[] extent = null;
        StringBuilder wkt = null;
        List<String> fields = new ArrayList<>();
        boolean inWkt = false;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (inWkt) {
                if (line.startsWith("Data axis to CRS axis mapping") || FIELD.matcher(line).matches() && !line.startsWith(" ")) {
                    inWkt = false;
                } else {
                    wkt.append(line.strip());
                    continue;
                }
            }
            if (line.startsWith("Geometry: ")) {
                geometry = line.substring("Geometry: ".length()).strip();
            } else if (line.startsWith("Feature Count: ")) {
                count = Long.parseLong(line.substring("Feature Count: ".length()).strip());
            } else if (line.startsWith("Extent: ")) {
                Matcher m = EXTENT.matcher(line);
                if (m.find()) {
                    extent = new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                            Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4))};
                }
            } else if (line.startsWith("Layer SRS WKT:")) {
                wkt = new StringBuilder();
                inWkt = true;
            } else if (!line.startsWith("Data axis") && !line.startsWith("Geometry Column") && !line.startsWith("FID Column")) {
                Matcher field = FIELD.matcher(line);
                if (field.matches()) {
                    fields.add(field.group(1).strip());
                }
            }
        }
        String srs = wkt == null || wkt.toString().equals("(unknown)") ? null : wkt.toString();
        return new LayerInfo(lines[0].strip(), geometry, count, extent, srs, fields);
    }
}
