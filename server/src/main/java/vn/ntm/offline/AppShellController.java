package vn.ntm.offline;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What makes the map an installable app: its service worker, from the root so that it controls the
 * whole site, always revalidated so that a new version is picked up; and its web manifest.
 */
@RestController
class AppShellController {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");

    @GetMapping("/sw.js")
    ResponseEntity<Resource> serviceWorker() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noCache()).header("Service-Worker-Allowed", "/")
                .body(new ClassPathResource("META-INF/resources/sw.js"));
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Resource> manifest() {
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.noCache())
                .body(new ClassPathResource("META-INF/resources/manifest.webmanifest"));
    }
}
