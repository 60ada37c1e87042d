package vn.ntm.imports;

import java.time.OffsetDateTime;

import tools.jackson.databind.JsonNode;

/** An import as its history and the upload page show it. */
record ImportJob(long id, String provinceCode, String target, String fileName, long fileSize, String status,
        String createdBy, OffsetDateTime createdAt, String committedBy, OffsetDateTime committedAt, String undoneBy,
        OffsetDateTime undoneAt, String error, JsonNode report) {
}
