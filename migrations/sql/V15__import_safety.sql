-- Imports keep a surveyor's data as given: the words surveyors write for condition, surface and
-- status map to the codes here, and the uploads of a province are recognised by their SHA-256.
-- Jobs left alone expire: their staging tables and files are removed by a scheduled clean-up.

-- What a surveyor may write (lower case, without diacritics, '_' and '-' read as spaces) for each code.
CREATE TABLE import_value_code (
    attribute text NOT NULL CHECK (attribute IN ('condition', 'surface', 'status')),
    key       text NOT NULL,
    code      text NOT NULL,
    PRIMARY KEY (attribute, key)
);

INSERT INTO import_value_code (attribute, key, code)
SELECT 'condition', key, code FROM (VALUES
    ('good', 'good'), ('tot', 'good'), ('con tot', 'good'),
    ('fair', 'fair'), ('trung binh', 'fair'),
    ('poor', 'poor'), ('kem', 'poor'), ('xuong cap', 'poor'), ('hu hai', 'poor'), ('xau', 'poor'),
    ('unusable', 'unusable'), ('hong', 'unusable'), ('hu hong', 'unusable'), ('hu hong nang', 'unusable'),
    ('hong nang', 'unusable'), ('khong su dung duoc', 'unusable')) v (key, code)
UNION ALL
SELECT 'surface', key, code FROM (VALUES
    ('asphalt', 'asphalt'), ('nhua', 'asphalt'), ('duong nhua', 'asphalt'), ('be tong nhua', 'asphalt'),
    ('lang nhua', 'asphalt'), ('tham nhua', 'asphalt'),
    ('concrete', 'concrete'), ('be tong', 'concrete'), ('be tong xi mang', 'concrete'), ('btxm', 'concrete'),
    ('duong be tong', 'concrete'),
    ('gravel', 'gravel'), ('cap phoi', 'gravel'), ('cap phoi da dam', 'gravel'), ('da dam', 'gravel'),
    ('soi', 'gravel'),
    ('earth', 'earth'), ('dat', 'earth'), ('duong dat', 'earth'), ('dat tu nhien', 'earth')) v (key, code)
UNION ALL
SELECT 'status', key, code FROM (VALUES
    ('existing', 'existing'), ('hien co', 'existing'), ('dang su dung', 'existing'), ('da xay dung', 'existing'),
    ('under construction', 'under_construction'), ('dang xay dung', 'under_construction'),
    ('dang thi cong', 'under_construction'),
    ('planned', 'planned'), ('quy hoach', 'planned'), ('ke hoach', 'planned'), ('du kien', 'planned'),
    ('decommissioned', 'decommissioned'), ('ngung su dung', 'decommissioned'),
    ('ngung hoat dong', 'decommissioned'), ('bo hoang', 'decommissioned'), ('da pha do', 'decommissioned')) v (key, code);

-- The code a surveyor's value stands for, or null when it stands for none ("Xuống cấp", "xuong_cap" -> poor).
CREATE FUNCTION import_code(attribute text, value text) RETURNS text
    LANGUAGE sql STABLE STRICT PARALLEL SAFE
RETURN (SELECT c.code FROM import_value_code c
        WHERE c.attribute = import_code.attribute AND c.key = search_key(translate(value, '_-', '  ')));

ALTER TABLE import_job
    ADD COLUMN sha256     text,
    ADD COLUMN touched_at timestamptz NOT NULL DEFAULT now(),
    DROP CONSTRAINT import_job_status_check,
    ADD CONSTRAINT import_job_status_check
        CHECK (status IN ('uploaded', 'analyzed', 'committed', 'failed', 'undone', 'expired'));

CREATE INDEX import_job_sha256 ON import_job (province_code, target_layer, sha256) WHERE status = 'committed';
CREATE INDEX import_job_open ON import_job (touched_at) WHERE status IN ('uploaded', 'analyzed', 'failed');
