-- Status is an event log; the level of a unit at a date is derived from it.
CREATE TABLE status_event (
    id              bigserial PRIMARY KEY,
    unit_id         bigint NOT NULL REFERENCES admin_unit (id),
    event           text NOT NULL CHECK (event IN ('recognized', 're_acknowledged', 'revoked', 'lapsed_by_merger')),
    level           text NOT NULL REFERENCES status_level (code) CHECK (level <> 'none'),
    event_date      date NOT NULL,
    decision_no     text,
    decision_date   date,
    signer          text,
    criteria_set_id integer REFERENCES criteria_set (id),
    note            text,
    is_demo         boolean NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text NOT NULL,
    CHECK (event IN ('revoked', 'lapsed_by_merger') OR decision_no IS NOT NULL)
);
CREATE INDEX status_event_unit ON status_event (unit_id, event_date);

-- The level standing on a date: the highest recognised level not ended later by a revocation
-- or lapse of that level or a lower one (losing "standard" ends "advanced" too).
CREATE FUNCTION status_at(p_unit_id bigint, p_date date) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN coalesce((
    SELECT l.code
    FROM status_event r
    JOIN status_level l ON l.code = r.level
    WHERE r.unit_id = p_unit_id
      AND r.event IN ('recognized', 're_acknowledged')
      AND r.event_date <= p_date
      AND NOT EXISTS (
          SELECT 1
          FROM status_event x
          JOIN status_level xl ON xl.code = x.level
          WHERE x.unit_id = r.unit_id
            AND x.event IN ('revoked', 'lapsed_by_merger')
            AND xl.rank <= l.rank
            AND x.event_date <= p_date
            AND (x.event_date, x.id) > (r.event_date, r.id))
    ORDER BY l.rank DESC
    LIMIT 1), 'none');

-- Targets per unit (province) and year. The denominator keeps a percentage meaningful when
-- the number of communes changes (the 2025 mergers).
CREATE TABLE target (
    id                bigserial PRIMARY KEY,
    unit_id           bigint NOT NULL REFERENCES admin_unit (id),
    year              smallint NOT NULL,
    metric            text NOT NULL,
    target_value      numeric NOT NULL,
    value_kind        text NOT NULL CHECK (value_kind IN ('count', 'percent')),
    denominator       numeric,
    legal_document_id integer REFERENCES legal_document (id),
    note              text,
    row_version       integer NOT NULL DEFAULT 0,
    UNIQUE (unit_id, year, metric)
);
