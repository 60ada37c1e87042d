-- Criteria sets are data: versioned by period and tier, with criteria, indicators and thresholds.
CREATE TABLE criteria_set (
    id                serial PRIMARY KEY,
    code              text NOT NULL UNIQUE,
    name_vi           text NOT NULL,
    name_en           text NOT NULL,
    tier              text NOT NULL REFERENCES status_level (code),
    unit_level        text NOT NULL CHECK (unit_level IN ('commune', 'village')),
    year_from         smallint NOT NULL,
    year_to           smallint NOT NULL,
    province_code     text,
    base_set_id       integer REFERENCES criteria_set (id),
    legal_document_id integer NOT NULL REFERENCES legal_document (id),
    CHECK (year_to >= year_from)
);
COMMENT ON COLUMN criteria_set.province_code IS 'Set for a provincial adaptation of base_set_id; NULL for national sets';

CREATE TABLE criterion (
    id       serial PRIMARY KEY,
    set_id   integer NOT NULL REFERENCES criteria_set (id),
    number   smallint NOT NULL,
    name_vi  text NOT NULL,
    name_en  text NOT NULL,
    group_vi text,
    group_en text,
    is_key   boolean NOT NULL DEFAULT false,
    UNIQUE (set_id, number)
);
COMMENT ON COLUMN criterion.is_key IS 'A key criterion of the withdrawal rule (QĐ 18/2022): 30–50% failing with a key one revokes';

CREATE TABLE indicator (
    id           serial PRIMARY KEY,
    criterion_id integer NOT NULL REFERENCES criterion (id),
    code         text NOT NULL,
    name_vi      text NOT NULL,
    name_en      text NOT NULL,
    value_type   text NOT NULL CHECK (value_type IN ('percent', 'number', 'bool')),
    unit         text,
    comparator   text NOT NULL CHECK (comparator IN ('>=', '<=', '=')),
    source_note  text,
    UNIQUE (criterion_id, code)
);

-- A threshold applies to an indicator for a region (2021–2025) or commune group (2026–2030),
-- optionally only to special communes (ĐBKK) or as one province's override, for a span of years.
CREATE TABLE threshold (
    id                serial PRIMARY KEY,
    indicator_id      integer NOT NULL REFERENCES indicator (id),
    scope             text NOT NULL DEFAULT 'general',
    province_code     text,
    year_from         smallint NOT NULL,
    year_to           smallint NOT NULL,
    value_numeric     numeric,
    value_bool        boolean,
    legal_document_id integer REFERENCES legal_document (id),
    CHECK ((value_numeric IS NULL) <> (value_bool IS NULL))
);
COMMENT ON COLUMN threshold.scope IS 'general | region:<code> | group:<1..3> | special:dbkk';

CREATE TABLE criterion_result (
    unit_id      bigint NOT NULL REFERENCES admin_unit (id),
    year         smallint NOT NULL,
    criterion_id integer NOT NULL REFERENCES criterion (id),
    result       text NOT NULL CHECK (result IN ('met', 'basically_met', 'not_met')),
    evidence     text,
    is_demo      boolean NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    updated_by   text NOT NULL,
    row_version  integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, year, criterion_id)
);
CREATE INDEX criterion_result_year ON criterion_result (year, unit_id);

CREATE TABLE indicator_result (
    unit_id       bigint NOT NULL REFERENCES admin_unit (id),
    year          smallint NOT NULL,
    indicator_id  integer NOT NULL REFERENCES indicator (id),
    value_numeric numeric,
    value_bool    boolean,
    met           boolean NOT NULL,
    evidence      text,
    is_demo       boolean NOT NULL DEFAULT false,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text NOT NULL,
    row_version   integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_id, year, indicator_id),
    CHECK ((value_numeric IS NULL) <> (value_bool IS NULL))
);

-- How many criteria of the national standard set apply to a level in a year (19 in 2021–2025, 10 from 2026).
CREATE FUNCTION criteria_total(p_level text, p_year integer) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT count(*)::int
        FROM criteria_set s
        JOIN criterion c ON c.set_id = s.id
        WHERE s.unit_level = p_level AND s.tier = 'standard' AND s.province_code IS NULL
          AND p_year BETWEEN s.year_from AND s.year_to);

-- How many criteria a unit met in a year.
CREATE FUNCTION criteria_met(p_unit_id bigint, p_year integer) RETURNS integer
    LANGUAGE sql STABLE PARALLEL SAFE
RETURN (SELECT count(*)::int
        FROM criterion_result r
        WHERE r.unit_id = p_unit_id AND r.year = p_year AND r.result = 'met');
