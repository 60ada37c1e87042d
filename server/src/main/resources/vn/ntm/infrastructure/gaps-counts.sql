-- Gaps per kind (the outer statement of gaps.sql).
SELECT g.kind, count(*) AS n
FROM gaps g
WHERE CAST(:category AS text) IS NULL OR g.category = :category
GROUP BY g.kind
