-- Administrative units with validity periods, so pre- and post-2025 boundaries coexist.
CREATE TABLE admin_unit (
    id            bigserial PRIMARY KEY,
    code          text NOT NULL,
    level         text NOT NULL CHECK (level IN ('province', 'district', 'commune', 'village')),
    kind          text NOT NULL,
    name          text NOT NULL,
    full_name     text NOT NULL,
    name_en       text,
    search_key    text GENERATED ALWAYS AS (search_key(full_name)) STORED,
    parent_id     bigint REFERENCES admin_unit (id),
    province_code text NOT NULL,
    region        text,
    valid_from    date NOT NULL,
    valid_to      date,
    area_km2      numeric(12, 2),
    geom          geometry(MultiPolygon, 4326),
    geom_3857     geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED,
    data_source   text NOT NULL,
    is_demo       boolean NOT NULL DEFAULT false,
    import_job_id bigint,
    row_version   integer NOT NULL DEFAULT 0,
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (geom IS NULL OR ST_IsValid(geom)),
    CONSTRAINT admin_unit_code_once_at_a_time
        EXCLUDE USING gist (level WITH =, code WITH =, daterange(valid_from, valid_to) WITH &&)
);
COMMENT ON COLUMN admin_unit.code IS 'Official GSO code (2-digit province, 5-digit commune); villages: commune code + "-" + number';
COMMENT ON COLUMN admin_unit.region IS 'One of the seven socio-economic regions used by the 2021–2025 thresholds';
COMMENT ON COLUMN admin_unit.valid_to IS 'Exclusive end of validity; NULL while the unit exists';

CREATE INDEX admin_unit_parent ON admin_unit (parent_id);
CREATE INDEX admin_unit_level_province ON admin_unit (level, province_code);
CREATE INDEX admin_unit_search ON admin_unit USING gin (search_key gin_trgm_ops);
CREATE INDEX admin_unit_geom ON admin_unit USING gist (geom);
CREATE INDEX admin_unit_geom_3857 ON admin_unit USING gist (geom_3857);

-- Merges, splits and renames: which units a unit came from.
CREATE TABLE admin_unit_lineage (
    predecessor_id    bigint NOT NULL REFERENCES admin_unit (id),
    successor_id      bigint NOT NULL REFERENCES admin_unit (id),
    event             text NOT NULL CHECK (event IN ('merge', 'split', 'rename', 'boundary', 'reclass')),
    share             text NOT NULL CHECK (share IN ('full', 'partial')),
    effective_date    date NOT NULL,
    legal_document_id integer REFERENCES legal_document (id),
    PRIMARY KEY (predecessor_id, successor_id)
);
CREATE INDEX admin_unit_lineage_successor ON admin_unit_lineage (successor_id);

-- VN-2000 provincial TM-3 zones (k0 0.9999, false easting 500 km) that PostGIS 3.3 lacks.
-- auth_name 'NTM' makes PostGIS use the proj4text below, with the official 7-parameter shift.
INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text)
SELECT srid, 'NTM', srid, NULL,
       format('+proj=tmerc +lat_0=0 +lon_0=%s +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 '
              '+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 '
              '+units=m +no_defs', lon_0)
FROM (VALUES (9205, 103.0), (9206, 104.0), (9207, 104.5), (9208, 104.75), (9209, 105.5),
             (9210, 105.75), (9211, 106.0), (9212, 106.25), (9213, 106.5), (9214, 107.0),
             (9215, 107.25), (9216, 107.5), (9217, 108.25), (9218, 108.5)) AS zone (srid, lon_0)
ON CONFLICT (srid) DO NOTHING;
