package vn.ntm.ogc;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.PublicUrl;
import vn.ntm.common.Sql;
import vn.ntm.tiles.TileLayer;
import vn.ntm.tiles.TileLayers;
import vn.ntm.units.UnitRepository;
import vn.ntm.years.ReportingYears;

/**
 * OGC API – Features (Part 1: Core, GeoJSON) over the same layers as the map, so that QGIS, ArcGIS
 * or GDAL read communes, villages and infrastructure directly. {@code year} (default: the latest)
 * chooses the units standing and the statuses of that year.
 */
@RestController
class OgcController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final MediaType OPENAPI = MediaType.parseMediaType("application/vnd.oai.openapi+json;version=3.0");
    private static final String DEFINITION = Sql.load(OgcController.class, "openapi.json");

    private final TileLayers layers;
    private final OgcFeatures features;
    private final UnitRepository units;
    private final ReportingYears years;
    private final ObjectMapper json;
    private final PublicUrl publicUrl;

    OgcController(TileLayers layers, OgcFeatures features, UnitRepository units, ReportingYears years,
            ObjectMapper json, PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
        this.layers = layers;
        this.features = features;
        this.units = units;
        this.years = years;
        this.json = json;
    }

    @GetMapping("/ogc")
    Map<String, Object> landing() {
        return Map.of("title", "ntm-map", "description",
                "Bản đồ giám sát Nông thôn mới: communes, villages and infrastructure of the New Rural Development programme",
                "links", List.of(link("/ogc", "self", "application/json", "This document"),
                        link("/ogc/api", "service-desc", OPENAPI.toString(), "The API definition (OpenAPI 3.0)"),
                        link("/ogc/conformance", "conformance", "application/json", "Conformance classes"),
                        link("/ogc/collections", "data", "application/json", "Collections")));
    }

    @GetMapping("/ogc/api")
    ResponseEntity<String> definition() {
        return ResponseEntity.ok().contentType(OPENAPI).body(DEFINITION);
    }

    @GetMapping("/ogc/conformance")
    Map<String, Object> conformance() {
        return Map.of("conformsTo", CONFORMANCE);
    }

    @GetMapping("/ogc/collections")
    Map<String, Object> collections() {
        List<Double> extent = units.provincesExtent();
        return Map.of("links", List.of(link("/ogc/collections", "self", "application/json", "Collections")),
                "collections", layers.all().stream().map(l -> collection(l, extent)).toList());
    }

    @GetMapping("/ogc/collections/{id}")
    Map<String, Object> collection(@PathVariable String id) {
        return collection(layer(id), units.provincesExtent());
    }

    @GetMapping(path = "/ogc/collections/{id}/items", produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> items(@PathVariable String id, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) Integer limit, @RequestParam(defaultValue = "0") long offset,
            @RequestParam(required = false) Integer year) {
        TileLayer layer = layer(id);
        int size = limit == null ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        if (size < 1) {
            throw new InvalidParameterException("limit", "must be at least 1");
        }
        if (offset < 0) {
            throw new InvalidParameterException("offset", "must not be negative");
        }
        int resolved = years.resolve(year);
        double[] box = BoundingBox.parse(bbox);
        FeaturePage page = features.page(layer, box, null, resolved, size, offset);
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        collection.set("features", json.readTree(page.features()));
        int returned = collection.get("features").size();
        collection.put("numberMatched", page.matched()).put("numberReturned", returned)
                .put("timeStamp", OffsetDateTime.now(ZoneOffset.UTC).toString());
        String query = "?limit=" + size + "&year=" + resolved + (box == null ? ""
                : "&bbox=" + Arrays.stream(box).mapToObj(Double::toString).collect(Collectors.joining(",")));
        List<Map<String, String>> links = new ArrayList<>(List.of(
                link(itemsPath(id) + query + "&offset=" + offset, "self", GEO_JSON.toString(), "This page")));
        if (offset + returned < page.matched()) {
            links.add(link(itemsPath(id) + query + "&offset=" + (offset + size), "next", GEO_JSON.toString(), "Next page"));
        }
        if (offset > 0) {
            links.add(link(itemsPath(id) + query + "&offset=" + Math.max(0, offset - size), "prev", GEO_JSON.toString(),
                    "Previous page"));
        }
        collection.set("links", json.valueToTree(links));
        return ResponseEntity.ok().contentType(GEO_JSON).body(collection);
    }

    @GetMapping(path = "/ogc/collections/{id}/items/{featureId}", produces = {"application/geo+json", "application/json"})
    ResponseEntity<ObjectNode> item(@PathVariable String id, @PathVariable long featureId,
            @RequestParam(required = false) Integer year) {
        TileLayer layer = layer(id);
        FeaturePage page = features.page(layer, null, featureId, years.resolve(year), 1, 0);
        if (page.matched() == 0) {
            throw new NotFoundException("Collection '" + id + "' has no feature " + featureId);
        }
        ObjectNode feature = (ObjectNode) json.readTree(page.features()).get(0);
        feature.set("links", json.valueToTree(List.of(
                link(itemsPath(id) + "/" + featureId, "self", GEO_JSON.toString(), "This feature"),
                link("/ogc/collections/" + id, "collection", "application/json", "The collection"))));
        return ResponseEntity.ok().contentType(GEO_JSON).body(feature);
    }

    private Map<String, Object> collection(TileLayer layer, List<Double> extent) {
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("id", layer.name());
        collection.put("title", layer.name());
        collection.put("description", layer.description());
        collection.put("itemType", "feature");
        collection.put("crs", List.of(CRS84));
        collection.put("extent", Map.of("spatial", Map.of("bbox", List.of(extent), "crs", CRS84)));
        collection.put("links", List.of(
                link("/ogc/collections/" + layer.name(), "self", "application/json", "This collection"),
                link(itemsPath(layer.name()), "items", GEO_JSON.toString(), "Its features")));
        return collection;
    }

    private TileLayer layer(String id) {
        return layers.find(id).orElseThrow(() -> new NotFoundException("No collection is called '" + id + "'"));
    }

    private static String itemsPath(String id) {
        return "/ogc/collections/" + id + "/items";
    }

    private Map<String, String> link(String path, String rel, String type, String title) {
        return Map.of("href", publicUrl.of(path),
                "rel", rel, "type", type, "title", title);
    }
}
