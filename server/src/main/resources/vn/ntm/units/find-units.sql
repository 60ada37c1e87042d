-- Units standing on :as_of, filtered by level, province, parent, diacritic-free text and/or a point;
-- criteria counts only for NTM-assessed units. Provinces by name (Thành phố and Tỉnh together), others by full name.
SELECT u.id, u.code, u.name, u.full_name, u.level, u.kind, p.code AS parent_code, u.province_code, u.is_demo,
       status_at(u.id, :as_of) AS status, a.assessed,
       CASE WHEN t.n > 0 AND a.assessed THEN criteria_met(u.id, :year) END AS criteria_met,
       CASE WHEN a.assessed THEN nullif(t.n, 0) END AS criteria_total,
       ST_XMin(u.geom) AS min_x, ST_YMin(u.geom) AS min_y, ST_XMax(u.geom) AS max_x, ST_YMax(u.geom) AS max_y,
       count(*) OVER () AS total
FROM admin_unit u
LEFT JOIN admin_unit p ON p.id = u.parent_id
CROSS JOIN LATERAL (SELECT criteria_total(u.level, :year) AS n) t
CROSS JOIN LATERAL (SELECT ntm_assessed(u.id) AS assessed) a
WHERE u.valid_from <= :as_of AND (u.valid_to IS NULL OR u.valid_to > :as_of)
  AND (CAST(:level AS text) IS NULL OR u.level = :level)
  AND (CAST(:province AS text) IS NULL OR u.province_code = :province)
  AND (CAST(:parent AS text) IS NULL OR p.code = :parent)
  AND (CAST(:q AS text) IS NULL OR u.search_key LIKE '%' || search_key(:q) || '%')
  AND (CAST(:lon AS float8) IS NULL
       OR ST_Intersects(u.geom, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)))
ORDER BY CASE WHEN CAST(:q AS text) IS NOT NULL THEN search_key(u.name) <> search_key(:q) END,
         array_position(ARRAY['province', 'district', 'commune', 'village'], u.level),
         CASE WHEN u.level = 'province' THEN search_key(u.name) END, u.full_name, u.code
LIMIT :limit OFFSET :offset
