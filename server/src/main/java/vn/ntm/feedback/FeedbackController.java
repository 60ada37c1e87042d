package vn.ntm.feedback;

import java.util.List;

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

import jakarta.servlet.http.HttpServletRequest;
import vn.ntm.common.InvalidParameterException;
import vn.ntm.common.Params;
import vn.ntm.photos.Photo;
import vn.ntm.photos.PhotoValidator;

/** Citizens' reports: submit and follow them (public), moderate them (commune officers, planners). */
@RestController
class FeedbackController {

    static final int MAX_LIMIT = 200;

    private final FeedbackService service;
    private final PhotoValidator photos;

    FeedbackController(FeedbackService service, PhotoValidator photos) {
        this.service = service;
        this.photos = photos;
    }

    @PostMapping(path = "/api/feedback", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<PublicFeedback> submit(@RequestParam(required = false) String category,
            @RequestParam(required = false) String description, @RequestParam double lon, @RequestParam double lat,
            @RequestParam(required = false) String contact, @RequestParam(required = false) MultipartFile photo,
            HttpServletRequest request) {
        Submission submission = new Submission(category, description, lon, lat, contact);
        Photo checked = photos.check("photo", photo);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(service.submit(submission, checked, request.getRemoteAddr()));
    }

    @GetMapping("/api/feedback/{reference}")
    PublicFeedback follow(@PathVariable String reference) {
        if (!reference.matches("PA-[0-9A-Z]{8}")) {
            throw new InvalidParameterException("reference", "must look like PA-7K3M9Q2T");
        }
        return service.publicView(reference);
    }

    @GetMapping("/api/moderation/feedback")
    List<ModeratedFeedback> queue(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset) {
        if (status != null && !Moderation.STATUSES.contains(status)) {
            throw new InvalidParameterException("status", "must be one of " + String.join(", ", Moderation.STATUSES));
        }
        Params.page(limit, offset, MAX_LIMIT);
        return service.queue(status, limit, offset);
    }

    @GetMapping("/api/moderation/feedback/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        Photo photo = service.photo(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff").body(photo.bytes());
    }

    @PatchMapping("/api/moderation/feedback/{id}")
    ModeratedFeedback moderate(@PathVariable long id, @RequestBody Moderation moderation) {
        return service.moderate(id, moderation);
    }
}
