package vn.ntm.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.ntm.common.Params;

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
        String rows = audit.find(entity, entityId, actor, limit, 0).stream()
                .map(e -> Stream.of(String.valueOf(e.id()), e.at().toString(), e.actor(), e.action(), e.entity(),
                        e.entityId(), e.provinceCode(), e.before(), e.after()).map(AuditController::cell)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "id,at,actor,action,entity,entity_id,province,before,after\r\n",
                        "\r\n"));
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"")
                .body(("\uFEFF" + rows).getBytes(StandardCharsets.UTF_8));
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is prefixed so spreadsheets do not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
