package vn.ntm.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.PublicUrl;
import vn.ntm.themes.Theme;
import vn.ntm.themes.Themes;
import vn.ntm.units.UnitRepository;
import vn.ntm.years.ReportingYears;

/** Mapbox Vector Tiles straight from PostGIS, revalidated by ETag, and their TileJSON. */
@RestController
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");

    private final TileLayers layers;
    private final TileRepository tiles;
    private final ReportingYears years;
    private final UnitRepository units;
    private final PublicUrl publicUrl;
    private final Themes themes;

    TileController(TileLayers layers, TileRepository tiles, ReportingYears years, UnitRepository units,
            PublicUrl publicUrl, Themes themes) {
        this.publicUrl = publicUrl;
        this.themes = themes;
        this.layers = layers;
        this.tiles = tiles;
        this.years = years;
        this.units = units;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x,
            @PathVariable int y, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String theme,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        TileLayer tileLayer = layer(layer);
        checkRange("z", z, TileLayer.MAX_ZOOM + 1, "");
        long size = 1L << z;
        checkRange("x", x, size, " at zoom " + z);
        checkRange("y", y, size, " at zoom " + z);
        int resolvedYear = years.resolve(year);
        Theme resolvedTheme = themes.parse(theme);
        String etag = "\"" + tileLayer.name() + "-" + Integer.toHexString(tileLayer.sql().hashCode()) + "-"
                + tiles.version(tileLayer.source()) + "-" + resolvedYear + "-" + resolvedTheme.id() + "\"";
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache());
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache())
                    .build();
        }
        byte[] tile = z < tileLayer.minZoom() ? new byte[0] : tiles.render(tileLayer, z, x, y, resolvedYear,
                resolvedTheme);
        return response.contentType(MVT).body(tile);
    }

    /**
     * The catalogue, as pg_tileserv's index.json: each layer by name, with its names in Vietnamese and
     * English, zooms, attributes and TileJSON address. The map page builds its layers from it.
     */
    @GetMapping("/tiles/index.json")
    Map<String, Object> index() {
        Map<String, Object> index = new LinkedHashMap<>();
        layers.all().forEach(layer -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", layer.name());
            entry.put("nameVi", layer.nameVi());
            entry.put("nameEn", layer.nameEn());
            entry.put("description", layer.description());
            entry.put("source", layer.source());
            entry.put("minzoom", layer.minZoom());
            entry.put("maxzoom", TileLayer.MAX_ZOOM);
            entry.put("fields", fields(layer));
            entry.put("detailurl", publicUrl.of("/tiles/" + layer.name() + ".json"));
            index.put(layer.name(), entry);
        });
        return index;
    }

    /** TileJSON 3.0.0 for a layer. */
    @GetMapping("/tiles/{layer}.json")
    Map<String, Object> tileJson(@PathVariable String layer, @RequestParam(required = false) Integer year) {
        TileLayer tileLayer = layer(layer);
        String query = year == null ? "" : "?year=" + years.resolve(year);
        String template = publicUrl.of("/tiles/" + tileLayer.name() + "/{z}/{x}/{y}.mvt" + query);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tilejson", "3.0.0");
        json.put("name", tileLayer.name());
        json.put("description", tileLayer.description());
        json.put("tiles", List.of(template));
        json.put("minzoom", tileLayer.minZoom());
        json.put("maxzoom", TileLayer.MAX_ZOOM);
        json.put("bounds", units.provincesExtent());
        json.put("vector_layers", List.of(Map.of("id", tileLayer.name(), "description", tileLayer.description(),
                "minzoom", tileLayer.minZoom(), "maxzoom", TileLayer.MAX_ZOOM, "fields", fields(tileLayer))));
        return json;
    }

    /** A layer's attributes: name to TileJSON type. */
    private static Map<String, String> fields(TileLayer layer) {
        Map<String, String> fields = new LinkedHashMap<>();
        layer.fields().forEach(f -> fields.put(f.name(), f.type()));
        return fields;
    }

    private TileLayer layer(String name) {
        return layers.find(name).orElseThrow(() -> new NotFoundException("No tile layer is called '" + name + "'"));
    }

    private static void checkRange(String parameter, long value, long end, String context) {
        if (value < 0 || value >= end) {
            throw new InvalidParameterException(parameter,
                    "must be between 0 and " + (end - 1) + context);
        }
    }
}
