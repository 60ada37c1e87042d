package vn.ntm.imports;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Surveyors' uploads: upload and check, adjust, preview, commit, undo, history. */
@RestController
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJob> upload(@RequestParam(required = false) String province,
            @RequestParam(required = false) String target, @RequestParam(required = false) MultipartFile file) {
        return ResponseEntity.status(HttpStatus.CREATED).body(imports.upload(province, target, file));
    }

    @GetMapping("/api/imports")
    List<ImportJob> history(@RequestParam(required = false) String province) {
        return imports.history(province);
    }

    @GetMapping("/api/imports/{id}")
    ImportJob get(@PathVariable long id) {
        return imports.scoped(id);
    }

    @PatchMapping("/api/imports/{id}")
    ImportJob adjust(@PathVariable long id, @RequestBody ImportService.Adjustment adjustment) {
        return imports.adjust(id, adjustment);
    }

    /** GeoJSON, also when asked for as application/json (the page's fetch does). */
    @GetMapping(path = "/api/imports/{id}/preview", produces = {"application/geo+json", "application/json"})
    String preview(@PathVariable long id) {
        return imports.preview(id);
    }

    /** {@code accept}: the report's warnings the user accepts (unmapped_values, same_file); each must be. */
    @PostMapping("/api/imports/{id}/commit")
    ImportJob commit(@PathVariable long id, @RequestParam(required = false) List<String> accept) {
        return imports.commit(id, accept);
    }

    @DeleteMapping("/api/imports/{id}")
    ImportJob undo(@PathVariable long id) {
        return imports.undo(id);
    }
}
