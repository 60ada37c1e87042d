package vn.ntm.offline;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.RefusedException;
import vn.ntm.common.Sql;
import vn.ntm.security.CurrentUser;
import vn.ntm.security.Permissions;
import vn.ntm.tiles.TileSet;
import vn.ntm.years.ReportingYears;

/** The offline pack of the signed-in commune officer's communes. */
@RestController
class OfflineController {

    /**
     * The zooms field work is done at: a commune whole (12) down to its roads and hamlets (15); closer
     * zooms need signal (zoom 16 alone would hold three times the tiles of 12 to 15 together).
     */
    static final int MIN_ZOOM = 12;
    static final int MAX_ZOOM = 15;
    /** A feature's record or inspection list, a unit's sheet, a legend's counts: about this large as JSON. */
    static final long RECORD_BYTES = 1500;
    /** A gap list as the map asks for it (300 gaps of some 330 bytes). */
    static final long GAP_LIST_BYTES = 100_000;
    static final List<String> GAP_KINDS = List.of("poor_condition", "unhardened_road", "missing_facility");
    private static final String COMMUNES = Sql.load(OfflineController.class, "communes.sql");

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final TileSet tiles;
    private final ReportingYears years;

    OfflineController(JdbcClient jdbc, Permissions permissions, TileSet tiles, ReportingYears years) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.tiles = tiles;
        this.years = years;
    }

    private record Commune(String code, Long[] features) {
    }

    @GetMapping("/api/offline/pack")
    @Transactional(readOnly = true)
    OfflinePack pack() {
        CurrentUser user = permissions.current()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Sign in to take communes offline"));
        String[] codes = Permissions.communeScope(user);
        if (codes == null || codes.length == 0) {
            throw new RefusedException(HttpStatus.FORBIDDEN, "no-communes",
                    "Only a commune officer has communes to take offline",
                    "Chỉ cán bộ xã mới có xã để tải về dùng ngoại tuyến");
        }
        int year = years.latest();
        List<String> records = new ArrayList<>();
        List<String> communes = new ArrayList<>();
        List<Commune> found = jdbc.sql(COMMUNES).param("codes", codes).query((rs, n) -> new Commune(rs.getString("code"),
                (Long[]) rs.getArray("features").getArray())).list();
        for (Commune commune : found) {
            communes.add(commune.code());
            records.add("/api/units/" + commune.code() + "?year=" + year);
            records.add("/api/units/" + commune.code() + "/map-indicators?year=" + year);
            for (Long id : commune.features()) {
                records.add("/api/infrastructure/" + id);
                records.add("/api/infrastructure/" + id + "/inspections");
            }
        }
        // The legend and the gap lists as the map page asks for them: all provinces, or the officer's.
        records.add("/api/status/summary?year=" + year);
        records.add("/api/status/summary?year=" + year + "&province=" + user.provinceCode());
        List<String> gapLists = new ArrayList<>();
        for (String kind : GAP_KINDS) {
            gapLists.add("/api/gaps?kind=" + kind + "&limit=300");
            gapLists.add("/api/gaps?province=" + user.provinceCode() + "&kind=" + kind + "&limit=300");
        }
        TileSet.Estimate covered = tiles.communes(codes, MIN_ZOOM, MAX_ZOOM, year);
        List<String> urls = new ArrayList<>(covered.urls());
        urls.addAll(records);
        urls.addAll(gapLists);
        return new OfflinePack(year, communes, MIN_ZOOM, MAX_ZOOM, covered.urls().size(), urls,
                covered.bytes() + records.size() * RECORD_BYTES + gapLists.size() * GAP_LIST_BYTES);
    }
}
