package vn.ntm.tiles;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.PublicUrl;
import vn.ntm.themes.Theme;
import vn.ntm.themes.Themes;
import vn.ntm.units.UnitRepository;
import vn.ntm.years.ReportingYears;

/**
 * Mapbox Vector Tiles from PostGIS through a cache keyed by the layer's data version, revalidated by ETag or,
 * at versioned URLs, immutable; the catalogue and TileJSON that give those URLs.
 */
@RestController
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    /** A layer version: data version and statement hash (see TileLayer.version). */
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}-[0-9a-f]{1,8}");

    private final TileLayers layers;
    private final TileRepository tiles;
    private final ReportingYears years;
    private final UnitRepository units;
    private final PublicUrl publicUrl;
    private final MeterRegistry metrics;
    private final TileCache cache;
    private final TileProperties properties;
    private final Themes themes;

    TileController(TileLayers layers, TileRepository tiles, ReportingYears years, UnitRepository units,
            PublicUrl publicUrl, MeterRegistry metrics, TileCache cache, TileProperties properties, Themes themes) {
        this.publicUrl = publicUrl;
        this.metrics = metrics;
        this.cache = cache;
        this.properties = properties;
        this.themes = themes;
        this.layers = layers;
        this.tiles = tiles;
        this.years = years;
        this.units = units;
    }

    /**
     * A tile. Without {@code v} it is revalidated by ETag on every use; with {@code v}, the layer's current version
     * (from the catalogue or TileJSON), it is immutable, for browsers and CDNs alike; with an outdated {@code v} it
     * redirects to the current version's URL, so that an old URL is never cached with new content.
     */
    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable int z, @PathVariable int x,
            @PathVariable int y, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String theme,
            @RequestParam(name = "v", required = false) String requestedVersion,
            @RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        TileLayer tileLayer = layer(layer);
        checkRange("z", z, TileLayer.MAX_ZOOM + 1, "");
        long size = 1L << z;
        checkRange("x", x, size, " at zoom " + z);
        checkRange("y", y, size, " at zoom " + z);
        if (requestedVersion != null && !VERSION.matcher(requestedVersion).matches()) {
            throw new InvalidParameterException("v", "must be the layer's version as /tiles/index.json or its "
                    + "TileJSON gives it, such as 12-3f2a9c01");
        }
        int resolvedYear = years.resolve(year);
        Theme resolvedTheme = themes.parse(theme);
        String version = tileLayer.version(tiles.version(tileLayer.dataVersionSource()));
        String path = "/tiles/" + tileLayer.name() + "/" + z + "/" + x + "/" + y + ".mvt";
        if (requestedVersion != null && !requestedVersion.equals(version)) {
            String current = UriComponentsBuilder.fromPath(path).queryParams(parameters)
                    .replaceQueryParam("v", version).build().encode().toUriString();
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(publicUrl.of(current)))
                    .cacheControl(CacheControl.noCache()).build();
        }
        TileCache.Key key = new TileCache.Key(tileLayer.name(), z, x, y, normalised(parameters, resolvedYear, resolvedTheme), version);
        String etag = "\"" + tileLayer.name() + "-" + version + "-" + Integer.toHexString(key.parameters().hashCode())
                + "\"";
        CacheControl caching = requestedVersion == null ? CacheControl.noCache()
                : CacheControl.maxAge(properties.maxAge()).cachePublic().immutable();
        if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(caching).build();
        }
        byte[] tile = z < tileLayer.minZoom() ? new byte[0]
                : cache.get(key, () -> Timer.builder("ntm.tiles.render").description("Making a vector tile in PostGIS")
                        .tag("layer", tileLayer.name()).register(metrics)
                        .record(() -> tiles.render(tileLayer, z, x, y, resolvedYear, resolvedTheme)));
        return ResponseEntity.ok().eTag(etag).cacheControl(caching).contentType(MVT).body(tile);
    }

    /** The query parameters that choose what a tile holds, in a fixed order: all but v, year and theme resolved. */
    private static String normalised(MultiValueMap<String, String> parameters, int year, Theme theme) {
        Map<String, List<String>> sorted = new TreeMap<>(parameters);
        sorted.remove("v");
        sorted.put("year", List.of(Integer.toString(year)));
        sorted.put("theme", List.of(theme.id()));
        return sorted.toString();
    }

    /**
     * The catalogue, as pg_tileserv's index.json: each layer by name, with its names in Vietnamese and
     * English, zooms, attributes and TileJSON address. The map page builds its layers from it.
     */
    @GetMapping("/tiles/index.json")
    ResponseEntity<Map<String, Object>> index() {
        Map<String, Long> versions = tiles.versions();
        Map<String, Object> index = new LinkedHashMap<>();
        layers.all().forEach(layer -> {
            String version = layer.version(versions.getOrDefault(layer.dataVersionSource(), 0L));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", layer.name());
            entry.put("nameVi", layer.nameVi());
            entry.put("nameEn", layer.nameEn());
            entry.put("description", layer.description());
            entry.put("source", layer.source());
            entry.put("minzoom", layer.minZoom());
            entry.put("maxzoom", TileLayer.MAX_ZOOM);
            entry.put("fields", fields(layer));
            entry.put("version", version);
            entry.put("tiles", List.of(template(layer, "?v=" + version)));
            entry.put("detailurl", publicUrl.of("/tiles/" + layer.name() + ".json"));
            index.put(layer.name(), entry);
        });
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(index);
    }

    /** TileJSON 3.0.0 for a layer. */
    @GetMapping("/tiles/{layer}.json")
    ResponseEntity<Map<String, Object>> tileJson(@PathVariable String layer,
            @RequestParam(required = false) Integer year) {
        TileLayer tileLayer = layer(layer);
        String version = tileLayer.version(tiles.version(tileLayer.dataVersionSource()));
        String template = template(tileLayer, "?v=" + version + (year == null ? "" : "&year=" + years.resolve(year)));
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
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(json);
    }

    /** A layer's tile URL template, with the given query. */
    private String template(TileLayer layer, String query) {
        return publicUrl.of("/tiles/" + layer.name() + "/{z}/{x}/{y}.mvt" + query);
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
