package vn.ntm.gis.ogr;

import java.util.List;

/**
 * One layer of a dataset as ogrinfo reports it; {@code extent} is minX, minY, maxX, maxY in the
 * layer's own coordinates, {@code srsWkt} null when the layer declares no coordinate system.
 */
public record LayerInfo(String name, String geometryType, long featureCount, double[] extent, String srsWkt,
        List<String> fields) {
}
