package vn.ntm.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;

/** A decoded Mapbox Vector Tile: its layers, and tile coordinates turned back into longitude/latitude. */
public record VectorTile(int z, int x, int y, Map<String, JtsLayer> layers) {

    public static VectorTile decode(int z, int x, int y, byte[] bytes) {
        try {
            return new VectorTile(z, x, y, MvtReader.loadMvt(new ByteArrayInputStream(bytes), new GeometryFactory(),
                    new TagKeyValueMapConverter(), MvtReader.RING_CLASSIFIER_V2_1).getLayersByName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The attributes of a decoded feature. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Geometry feature) {
        return (Map<String, Object>) feature.getUserData();
    }

    /** Longitude and latitude of a point in tile coordinates (y down, extent 4096). */
    public Coordinate lonLat(Coordinate tileXY, int extent) {
        double n = 1L << z;
        double lon = (x + tileXY.x / extent) / n * 360 - 180;
        double mercatorY = Math.PI * (1 - 2 * (y + tileXY.y / extent) / n);
        return new Coordinate(lon, Math.toDegrees(Math.atan(Math.sinh(mercatorY))));
    }
}
