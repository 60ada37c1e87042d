-- Infrastructure features of any geometry type, linked to their commune (and village).
CREATE TABLE infra_category (
    code      text PRIMARY KEY,
    name_vi   text NOT NULL,
    name_en   text NOT NULL,
    criterion smallint NOT NULL,
    sort      smallint NOT NULL UNIQUE
);
COMMENT ON COLUMN infra_category.criterion IS 'The 2021–2025 criterion number this category mostly feeds';

INSERT INTO infra_category (code, name_vi, name_en, criterion, sort) VALUES
    ('road',           'Giao thông',          'Roads',            2,  1),
    ('irrigation',     'Thủy lợi',            'Irrigation',       3,  2),
    ('power',          'Điện',                'Power',            4,  3),
    ('school',         'Trường học',          'Schools',          5,  4),
    ('culture_house',  'Nhà văn hóa',         'Culture houses',   6,  5),
    ('market',         'Chợ',                 'Markets',          7,  6),
    ('health_station', 'Trạm y tế',           'Health stations',  15, 7),
    ('water_supply',   'Cấp nước sạch',       'Water supply',     17, 8),
    ('waste_site',     'Điểm thu gom rác',    'Waste sites',      17, 9);

CREATE TABLE infrastructure (
    id            bigserial PRIMARY KEY,
    category      text NOT NULL REFERENCES infra_category (code),
    subtype       text,
    name          text,
    geom          geometry(Geometry, 4326) NOT NULL,
    geom_3857     geometry(Geometry, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED,
    commune_id    bigint REFERENCES admin_unit (id),
    village_id    bigint REFERENCES admin_unit (id),
    condition     text CHECK (condition IN ('good', 'fair', 'poor', 'unusable')),
    status        text NOT NULL DEFAULT 'existing'
                  CHECK (status IN ('existing', 'under_construction', 'planned', 'decommissioned')),
    surface       text CHECK (surface IN ('asphalt', 'concrete', 'gravel', 'earth')),
    hardened      boolean,
    attrs         jsonb NOT NULL DEFAULT '{}',
    built_year    smallint,
    data_source   text NOT NULL,
    is_demo       boolean NOT NULL DEFAULT false,
    import_job_id bigint,
    updated_at    timestamptz NOT NULL DEFAULT now(),
    updated_by    text NOT NULL,
    row_version   integer NOT NULL DEFAULT 0,
    CHECK (ST_IsValid(geom) AND NOT ST_IsEmpty(geom)),
    CHECK (category = 'road' OR surface IS NULL)
);
COMMENT ON COLUMN infrastructure.subtype IS 'Road class (xa, truc_thon, lien_thon, ngo_xom, noi_dong), school level, etc.';
COMMENT ON COLUMN infrastructure.hardened IS 'Roads: nhựa hóa / bê tông hóa / cứng hóa (asphalt, concrete or gravel)';

CREATE INDEX infrastructure_category_commune ON infrastructure (category, commune_id);
CREATE INDEX infrastructure_village ON infrastructure (village_id);
CREATE INDEX infrastructure_geom ON infrastructure USING gist (geom);
CREATE INDEX infrastructure_geom_3857 ON infrastructure USING gist (geom_3857);
