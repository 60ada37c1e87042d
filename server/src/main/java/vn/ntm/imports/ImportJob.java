package vn.ntm.imports;

import java.time.OffsetDateTime;

/** An import as its history and the upload page show it. */
record ImportJob(long id, String provinceCode, String target, String fileName, long fileSize, ImportStatus status,
        String createdBy, OffsetDateTime createdAt, String committedBy, OffsetDateTime committedAt, String undoneBy,
        OffsetDateTime undoneAt, String error, ImportReport report) {
}
