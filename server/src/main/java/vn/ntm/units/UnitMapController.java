package vn.ntm.units;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.NotFoundException;
import vn.ntm.common.Sql;
import vn.ntm.years.ReportingYears;

/** What the map draws of units besides the tiles: place-name points and the outline of the unit opened. */
@RestController
class UnitMapController {

    private static final String LABELS = Sql.load(UnitMapController.class, "labels.sql");
    private static final String OUTLINE = Sql.load(UnitMapController.class, "outline.sql");
    /** At most this many names per request: more would not fit on any screen. */
    static final int MAX_LABELS = 1500;

    private final JdbcClient jdbc;
    private final ReportingYears years;

    UnitMapController(JdbcClient jdbc, ReportingYears years) {
        this.jdbc = jdbc;
        this.years = years;
    }

    /** The names to write in a box (lon/lat: minLon,minLat,maxLon,maxLat) at a zoom. */
    @GetMapping("/api/labels")
    List<UnitLabel> labels(@RequestParam double[] bbox, @RequestParam int zoom,
            @RequestParam(required = false) Integer year) {
        if (bbox.length != 4 || !Arrays.stream(bbox).allMatch(Double::isFinite) || bbox[0] < -180 || bbox[2] > 180
                || bbox[1] < -90 || bbox[3] > 90 || bbox[0] > bbox[2] || bbox[1] > bbox[3]) {
            throw new InvalidParameterException("bbox", "must be minLon,minLat,maxLon,maxLat within -180..180, -90..90");
        }
        if (zoom < 0 || zoom > 22) {
            throw new InvalidParameterException("zoom", "must be between 0 and 22");
        }
        int resolved = years.resolve(year);
        return jdbc.sql(LABELS).param("min_x", bbox[0]).param("min_y", bbox[1]).param("max_x", bbox[2])
                .param("max_y", bbox[3]).param("zoom", zoom).param("as_of", ReportingYears.asOf(resolved))
                .param("limit", MAX_LABELS).query(UnitLabel.class).list();
    }

    /** A unit's shape, a GeoJSON geometry. */
    @GetMapping(value = "/api/units/{code}/outline", produces = MediaType.APPLICATION_JSON_VALUE)
    String outline(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return jdbc.sql(OUTLINE).param("code", code).param("as_of", ReportingYears.asOf(years.resolve(year)))
                .query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("No unit is called '" + code + "'"));
    }
}
