package vn.ntm.criteria.villages;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A province's village criteria sets: public to read, defined by its planners. */
@RestController
class VillageCriteriaController {

    private final VillageCriteriaService service;

    VillageCriteriaController(VillageCriteriaService service) {
        this.service = service;
    }

    @GetMapping("/api/provinces/{province}/village-criteria")
    List<VillageCriteriaSet> list(@PathVariable String province) {
        return service.list(province);
    }

    @PostMapping("/api/provinces/{province}/village-criteria")
    @ResponseStatus(HttpStatus.CREATED)
    VillageCriteriaSet define(@PathVariable String province, @RequestBody VillageCriteriaSet set) {
        return service.define(province, set);
    }
}
