package vn.ntm.infrastructure;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.ntm.photos.Photo;
import vn.ntm.photos.PhotoValidator;

/** One infrastructure feature: read it, update its condition in the field. */
@RestController
class InfrastructureController {

    private final InfrastructureService service;
    private final PhotoValidator photos;

    InfrastructureController(InfrastructureService service, PhotoValidator photos) {
        this.service = service;
        this.photos = photos;
    }

    @GetMapping("/api/infrastructure/{id}")
    InfrastructureFeature get(@PathVariable long id) {
        return service.read(id);
    }

    @PatchMapping("/api/infrastructure/{id}")
    InfrastructureFeature update(@PathVariable long id, @RequestBody ConditionUpdate change) {
        return service.update(id, change);
    }

    @PostMapping(path = "/api/infrastructure/{id}/inspections", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Inspection> inspect(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate inspectedOn,
            @RequestParam(required = false) String note, @RequestParam(required = false) MultipartFile photo) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(service.inspect(id, inspectedOn, note, photos.check("photo", photo)));
    }

    @GetMapping("/api/infrastructure/{id}/inspections")
    List<Inspection> inspections(@PathVariable long id) {
        return service.inspections(id);
    }

    @GetMapping("/api/inspections/{id}/photo")
    ResponseEntity<byte[]> inspectionPhoto(@PathVariable long id) {
        Photo photo = service.inspectionPhoto(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(photo.bytes());
    }
}
