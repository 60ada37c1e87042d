package vn.ntm.tiles;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.status.ReportingYears;

/** Mapbox Vector Tiles straight from PostGIS. */
@RestController
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    static final int MAX_ZOOM = 22;

    private final TileLayers layers;
    private final TileRepository tiles;
    private final ReportingYears years;

    TileController(TileLayers layers, TileRepository tiles, ReportingYears years) {
        this.layers = layers;
        this.tiles = tiles;
        this.years = years;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x,
            @PathVariable int y, @RequestParam(required = false) Integer year) {
        TileLayer tileLayer = layers.find(layer)
                .orElseThrow(() -> new NotFoundException("No tile layer is called '" + layer + "'"));
        if (z < 0 || z > MAX_ZOOM) {
            throw new InvalidParameterException("z", "must be between 0 and " + MAX_ZOOM);
        }
        long size = 1L << z;
        if (x < 0 || x >= size) {
            throw new InvalidParameterException("x", "must be between 0 and " + (size - 1) + " at zoom " + z);
        }
        if (y < 0 || y >= size) {
            throw new InvalidParameterException("y", "must be between 0 and " + (size - 1) + " at zoom " + z);
        }
        byte[] tile = tiles.render(tileLayer, z, x, y, years.resolve(year));
        return ResponseEntity.ok().contentType(MVT).cacheControl(CacheControl.noCache()).body(tile);
    }
}
