-- The national dataset of bench/national.sh, added to a database the server has migrated and filled
-- with its demo: the real 2025 provinces and communes (staged by ogr2ogr as bench_province and
-- bench_commune), :villages synthetic villages (Voronoi cells in each commune) and synthetic
-- infrastructure up to :features features, nine in ten of them road segments of about 400 m,
-- spread by area as bench/scale.sh spreads them. Everything is marked data_source 'bench-national'.
\set ON_ERROR_STOP on
\timing on

INSERT INTO admin_unit (code, level, kind, name, full_name, name_en, province_code, valid_from, area_km2, geom, data_source)
SELECT s.code, 'province', CASE WHEN s.fullname LIKE 'Thành phố %' THEN 'thanh_pho' ELSE 'tinh' END, s.name,
       s.fullname, s.nameen, s.code, DATE '2025-07-01', s.areakm2,
       ST_Multi(ST_CollectionExtract(ST_MakeValid(s.geom), 3)), 'bench-national'
FROM bench_province s
WHERE NOT EXISTS (SELECT 1 FROM admin_unit u WHERE u.level = 'province' AND u.code = s.code
                    AND (u.valid_to IS NULL OR u.valid_to > DATE '2025-07-01'));

INSERT INTO admin_unit (code, level, kind, name, full_name, name_en, parent_id, province_code, valid_from, area_km2,
                        geom, data_source)
SELECT s.code, 'commune', k.kind, substr(s.fullname, length(k.prefix) + 1), s.fullname, s.nameen, p.id,
       s.provincecode, DATE '2025-07-01', s.areakm2, ST_Multi(ST_CollectionExtract(ST_MakeValid(s.geom), 3)),
       'bench-national'
FROM bench_commune s
JOIN admin_unit p ON p.level = 'province' AND p.code = s.provincecode AND p.valid_to IS NULL
JOIN (VALUES ('xa', 'Xã '), ('phuong', 'Phường '), ('dac_khu', 'Đặc khu '), ('thi_tran', 'Thị trấn '))
     AS k (kind, prefix) ON lower(s.fullname) LIKE lower(k.prefix) || '%'
WHERE NOT EXISTS (SELECT 1 FROM admin_unit u WHERE u.level = 'commune' AND u.code = s.code
                    AND (u.valid_to IS NULL OR u.valid_to > DATE '2025-07-01'));

-- Villages: as the demo's, Voronoi cells of seeded points clipped to the commune, as many per commune
-- as make :villages in all.
SELECT ceil(:villages::numeric / count(*))::int AS per_commune
FROM admin_unit c WHERE c.data_source = 'bench-national' AND c.level = 'commune' \gset
INSERT INTO admin_unit (code, level, kind, name, full_name, parent_id, province_code, valid_from, geom, data_source)
SELECT c.code || '-' || lpad(v.n::text, 3, '0'), 'village', 'thon', 'Thôn ' || v.n, 'Thôn ' || v.n, c.id,
       c.province_code, c.valid_from, v.geom, 'bench-national'
FROM admin_unit c
CROSS JOIN LATERAL (
    SELECT row_number() OVER () AS n,
           ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Intersection(cell.geom, c.geom)), 3)) AS geom
    FROM ST_Dump(ST_VoronoiPolygons(ST_GeneratePoints(c.geom, :per_commune, c.id::int), 0, c.geom)) AS cell) v
WHERE c.data_source = 'bench-national' AND c.level = 'commune' AND NOT ST_IsEmpty(v.geom);

-- Infrastructure: points spread over the communes by area, each a road segment (nine in ten) or a
-- facility of another category.
SELECT greatest(:features - count(*), 0) AS missing FROM infrastructure \gset
SELECT sum(ST_Area(geom)) AS total_area FROM admin_unit WHERE data_source = 'bench-national' AND level = 'commune' \gset
INSERT INTO infrastructure (category, subtype, name, geom, commune_id, condition, surface, hardened, data_source, updated_by)
SELECT CASE WHEN i % 10 = 0 THEN (ARRAY['irrigation', 'power', 'school', 'culture_house', 'market',
                                       'health_station', 'water_supply', 'waste_site'])[1 + (i / 10) % 8]
            ELSE 'road' END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE (ARRAY['xa', 'truc_thon', 'lien_thon', 'ngo_xom', 'noi_dong'])[1 + i % 5] END,
       'Bench ' || i,
       CASE WHEN i % 10 = 0 THEN pt ELSE ST_MakeLine(pt, ST_Translate(pt, 0.003, 0.002)) END,
       commune_id,
       (ARRAY['good', 'fair', 'poor', 'unusable'])[1 + i % 4],
       CASE WHEN i % 10 = 0 THEN NULL ELSE (ARRAY['asphalt', 'concrete', 'gravel', 'earth'])[1 + i % 4] END,
       CASE WHEN i % 10 = 0 THEN NULL ELSE i % 4 < 3 END,
       'bench-national', 'bench'
FROM (SELECT row_number() OVER () AS i, d.geom AS pt, c.id AS commune_id
      FROM admin_unit c
      CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(c.geom,
          greatest(1, round(:missing * ST_Area(c.geom) / :total_area))::int, c.id::int)) d
      WHERE c.data_source = 'bench-national' AND c.level = 'commune' AND :missing > 0) s;

ANALYZE admin_unit;
ANALYZE infrastructure;
SELECT level, count(*) FROM admin_unit WHERE valid_to IS NULL GROUP BY level ORDER BY level;
SELECT category, count(*) FROM infrastructure GROUP BY category ORDER BY count(*) DESC;
