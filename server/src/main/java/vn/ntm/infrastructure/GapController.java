package vn.ntm.infrastructure;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.security.Permissions;

/** The field staff's gap view: what is broken, unhardened or missing; a signed-in user's own communes first. */
@RestController
class GapController {

    private final GapRepository gaps;
    private final Permissions permissions;

    GapController(GapRepository gaps, Permissions permissions) {
        this.gaps = gaps;
        this.permissions = permissions;
    }

    @GetMapping("/api/gaps")
    GapPage gaps(@RequestParam(required = false) String province,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String category,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset) {
        return gaps.find(new GapQuery(province, commune, kind == null ? null : GapKind.parse(kind), category, limit,
                offset), permissions.current());
    }
}
