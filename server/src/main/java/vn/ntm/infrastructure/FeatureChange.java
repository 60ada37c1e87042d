package vn.ntm.infrastructure;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/** One change in a feature's history: who, when, what, and the feature (with its geometry) before and after. */
record FeatureChange(long id, OffsetDateTime at, String actor, String action, @JsonRawValue String before,
        @JsonRawValue String after) {
}
