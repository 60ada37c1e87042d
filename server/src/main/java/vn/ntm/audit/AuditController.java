package vn.ntm.audit;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.Params;
import vn.ntm.common.TableFile;

/** The audit trail for planners (their province) and administrators (all): as JSON or as CSV. */
@RestController
class AuditController {

    static final int MAX_LIMIT = 5000;

    private final AuditQueries audit;

    AuditController(AuditQueries audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> list(@RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        Params.page(limit, offset, MAX_LIMIT);
        return audit.find(entity, entityId, actor, limit, offset);
    }

    /** The same entries as CSV (UTF-8 with BOM, so spreadsheet programs read the diacritics right). */
    @GetMapping("/api/audit.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String entity,
            @RequestParam(required = false) String entityId, @RequestParam(required = false) String actor,
            @RequestParam(defaultValue = "5000") int limit) {
        Params.page(limit, 0, MAX_LIMIT);
        List<List<Object>> rows = audit.find(entity, entityId, actor, limit, 0).stream()
                .map(e -> Arrays.<Object>asList(e.id(), e.at().toString(), e.actor(), e.action(), e.entity(),
                        e.entityId(), e.provinceCode(), e.before(), e.after(),
                        e.undo() == null ? null : e.undo().how(), e.undo() == null ? null : e.undo().request()))
                .toList();
        return TableFile.download("csv", "audit", List.of("id", "at", "actor", "action", "entity", "entity_id",
                "province", "before", "after", "undo", "undo_request"), rows);
    }
}
