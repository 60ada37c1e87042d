-- A page of gaps (the outer statement of gaps.sql), with their position and the total. A signed-in
-- user's own communes come first, then their province (:own_communes, :own_province; NULL for nobody).
SELECT g.*, ST_X(g.spot) AS lon, ST_Y(g.spot) AS lat, count(*) OVER () AS total
FROM gaps g
WHERE (CAST(:kind AS text) IS NULL OR g.kind = :kind)
  AND (CAST(:category AS text) IS NULL OR g.category = :category)
ORDER BY g.commune_code = ANY (COALESCE(CAST(:own_communes AS text[]), '{}')) DESC,
         g.province_code IS NOT DISTINCT FROM CAST(:own_province AS text) DESC,
         g.commune_name, g.kind, g.category, g.name, g.feature_id
LIMIT :limit OFFSET :offset
