package vn.ntm.imports;

import java.nio.file.Path;

import vn.ntm.gis.ogr.LayerInfo;

/**
 * The dataset found in an upload: its format, the file GDAL opens, the shapefile companions
 * (.prj, .cpg, .dbf; null when absent or not a shapefile), and its first layer.
 */
record SourceFile(String format, Path dataset, Path prj, Path cpg, Path dbf, LayerInfo layer) {
}
