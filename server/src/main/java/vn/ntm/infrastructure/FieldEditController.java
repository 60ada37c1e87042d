package vn.ntm.infrastructure;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Field edits: add a feature, move or reshape one, read its history, undo its latest addition or move. */
@RestController
class FieldEditController {

    private final FieldEditService service;

    FieldEditController(FieldEditService service) {
        this.service = service;
    }

    @PostMapping("/api/infrastructure")
    ResponseEntity<InfrastructureFeature> add(@RequestBody NewFeature request) {
        InfrastructureFeature feature = service.add(request);
        return ResponseEntity.created(URI.create("/api/infrastructure/" + feature.id())).body(feature);
    }

    @PutMapping("/api/infrastructure/{id}/geometry")
    InfrastructureFeature move(@PathVariable long id, @RequestBody GeometryChange change) {
        return service.move(id, change);
    }

    @PostMapping("/api/infrastructure/{id}/undo")
    ResponseEntity<InfrastructureFeature> undo(@PathVariable long id, @RequestBody VersionRef version) {
        return service.undo(id, version).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/infrastructure/{id}/history")
    List<FeatureChange> history(@PathVariable long id) {
        return service.history(id);
    }
}
