-- Citizens' reports at a map location, moderated by the commune; the reporter follows them by reference.
CREATE TABLE feedback (
    id                bigserial PRIMARY KEY,
    reference         text NOT NULL UNIQUE,
    category          text NOT NULL CHECK (category IN ('road_damage', 'illegal_dump', 'water_outage', 'other')),
    description       text NOT NULL CHECK (length(description) BETWEEN 5 AND 2000),
    location          geometry(Point, 4326) NOT NULL,
    commune_id        bigint NOT NULL REFERENCES admin_unit (id),
    reporter_contact  text,
    status            text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'resolved', 'rejected')),
    infrastructure_id bigint REFERENCES infrastructure (id),
    public_note       text,
    internal_note     text,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now(),
    updated_by        text,
    row_version       integer NOT NULL DEFAULT 0
);
COMMENT ON COLUMN feedback.reporter_contact IS 'Personal data: shown to moderators only, never on the public map';
COMMENT ON COLUMN feedback.internal_note IS 'Moderators only';
CREATE INDEX feedback_commune_status ON feedback (commune_id, status);

CREATE TABLE feedback_photo (
    feedback_id  bigint PRIMARY KEY REFERENCES feedback (id) ON DELETE CASCADE,
    content_type text NOT NULL,
    bytes        bytea NOT NULL
);

-- Field inspections of infrastructure, with an optional photo.
CREATE TABLE inspection (
    id                bigserial PRIMARY KEY,
    infrastructure_id bigint NOT NULL REFERENCES infrastructure (id) ON DELETE CASCADE,
    inspected_on      date NOT NULL,
    note              text,
    photo_type        text,
    photo             bytea,
    created_at        timestamptz NOT NULL DEFAULT now(),
    created_by        text NOT NULL,
    CHECK ((photo IS NULL) = (photo_type IS NULL))
);
CREATE INDEX inspection_feature ON inspection (infrastructure_id, inspected_on);
