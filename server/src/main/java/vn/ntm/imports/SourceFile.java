package vn.ntm.imports;

import java.nio.file.Path;
import java.util.List;

import vn.ntm.gis.ogr.LayerInfo;

/**
 * The dataset found in an upload: its format, the file GDAL opens, the shapefile companions
 * (.prj, .cpg, .dbf; null when absent or not a shapefile), the layer to import and the names of all.
 */
record SourceFile(String format, Path dataset, Path prj, Path cpg, Path dbf, LayerInfo layer, List<String> layers) {
}
