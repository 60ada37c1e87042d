package vn.ntm.unitdetail;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One administrative unit in one year, as the map's side panel shows it. */
@RestController
class UnitDetailController {

    private final UnitDetailService service;

    UnitDetailController(UnitDetailService service) {
        this.service = service;
    }

    @GetMapping("/api/units/{code}")
    UnitDetail detail(@PathVariable String code, @RequestParam(required = false) Integer year) {
        return service.detail(code, year);
    }
}
