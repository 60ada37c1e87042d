package vn.ntm.imports;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where an import stands (import_job.status, V6 and V15): its code is the column's value and the API's. */
enum ImportStatus {
    UPLOADED, ANALYZED, COMMITTED, UNDONE, FAILED, EXPIRED;

    /** Not committed yet: may be discarded, and expire when left untouched. */
    static final List<ImportStatus> OPEN = List.of(UPLOADED, ANALYZED, FAILED);

    /** Over: their files may go. */
    static final List<ImportStatus> FINISHED = List.of(COMMITTED, UNDONE, EXPIRED);

    @JsonValue
    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static ImportStatus of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    static List<String> codes(List<ImportStatus> statuses) {
        return statuses.stream().map(ImportStatus::code).toList();
    }
}
