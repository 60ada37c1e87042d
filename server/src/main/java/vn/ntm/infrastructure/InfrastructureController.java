package vn.ntm.infrastructure;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** One infrastructure feature: read it, update its condition in the field. */
@RestController
class InfrastructureController {

    private final InfrastructureService service;

    InfrastructureController(InfrastructureService service) {
        this.service = service;
    }

    @GetMapping("/api/infrastructure/{id}")
    InfrastructureFeature get(@PathVariable long id) {
        return service.get(id);
    }

    @PatchMapping("/api/infrastructure/{id}")
    InfrastructureFeature update(@PathVariable long id, @RequestBody ConditionUpdate change) {
        return service.update(id, change);
    }
}
