package vn.ntm.classification;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.Params;
import vn.ntm.years.ReportingYears;

/** A province's classifications of its communes and villages, and the decisions that set them. */
@RestController
class ClassificationController {

    private final Classifications classifications;
    private final ReportingYears years;

    ClassificationController(Classifications classifications, ReportingYears years) {
        this.classifications = classifications;
        this.years = years;
    }

    @GetMapping("/api/provinces/{province}/classifications")
    List<Classifications.Classified> list(@PathVariable String province, @RequestParam(required = false) Integer year) {
        return classifications.list(Params.provinceCode(province), years.resolve(year));
    }

    @PostMapping("/api/provinces/{province}/classifications")
    @ResponseStatus(HttpStatus.CREATED)
    Classifications.Recorded record(@PathVariable String province, @RequestBody Classifications.Decision decision) {
        return classifications.record(Params.provinceCode(province), decision);
    }
}
