package vn.ntm.criteria.villages;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A province's own criteria sets (villages, commune tiers): public to read, defined by its planners. */
@RestController
class VillageCriteriaController {

    private final VillageCriteriaService service;

    VillageCriteriaController(VillageCriteriaService service) {
        this.service = service;
    }

    @GetMapping("/api/provinces/{province}/village-criteria")
    List<VillageCriteriaSet> list(@PathVariable String province) {
        return service.list(province, SetKind.VILLAGE);
    }

    @PostMapping("/api/provinces/{province}/village-criteria")
    @ResponseStatus(HttpStatus.CREATED)
    VillageCriteriaSet define(@PathVariable String province, @RequestBody VillageCriteriaSet set) {
        return service.define(province, SetKind.VILLAGE, set);
    }

    @GetMapping("/api/provinces/{province}/commune-criteria/{tier}")
    List<VillageCriteriaSet> listTier(@PathVariable String province, @PathVariable String tier) {
        return service.list(province, SetKind.communeTier(tier));
    }

    /** The province's own set of a commune tier above standard, e.g. its xã NTM hiện đại criteria. */
    @PostMapping("/api/provinces/{province}/commune-criteria/{tier}")
    @ResponseStatus(HttpStatus.CREATED)
    VillageCriteriaSet defineTier(@PathVariable String province, @PathVariable String tier,
            @RequestBody VillageCriteriaSet set) {
        return service.define(province, SetKind.communeTier(tier), set);
    }
}
