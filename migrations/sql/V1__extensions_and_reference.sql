-- Extensions, the diacritic-free search key, and reference tables shared by every feature.
CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- "Phường Chiềng Sinh" -> "phuong chieng sinh": NFD, drop combining marks, đ -> d, lower case.
-- Same semantics as vn.ntm.gis.text.VietnameseText.searchKey.
CREATE FUNCTION search_key(t text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN btrim(regexp_replace(lower(translate(
           regexp_replace(normalize(t, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD')), '\s+', ' ', 'g'));

-- Legal documents that criteria sets, decisions and targets cite.
CREATE TABLE legal_document (
    id             serial PRIMARY KEY,
    number         text NOT NULL UNIQUE,
    doc_type       text NOT NULL CHECK (doc_type IN ('NQ', 'QĐ', 'TT', 'NĐ', 'CV', 'HD', 'KH')),
    issuer         text NOT NULL,
    title          text NOT NULL,
    sign_date      date NOT NULL,
    effective_date date
);

-- NTM recognition levels. 'modern' (hiện đại) exists from the 2026–2030 programme on.
CREATE TABLE status_level (
    code    text PRIMARY KEY,
    rank    smallint NOT NULL UNIQUE,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    color   text NOT NULL
);

INSERT INTO status_level (code, rank, name_vi, name_en, color) VALUES
    ('none',     0, 'Chưa đạt chuẩn',  'Not yet standard', '#f6d7a7'),
    ('standard', 1, 'Đạt chuẩn NTM',   'Standard (NTM)',   '#9cd17a'),
    ('advanced', 2, 'NTM nâng cao',    'Advanced',         '#2e9e4f'),
    ('model',    3, 'NTM kiểu mẫu',    'Model',            '#1f5fa8'),
    ('modern',   4, 'NTM hiện đại',    'Modern',           '#6a3d9a');
