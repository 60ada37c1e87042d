-- What anyone holding the reference may see: no contact, no internal note.
SELECT f.reference, f.category, f.description, f.status, f.public_note, f.created_at, f.updated_at,
       c.code AS commune_code, c.full_name AS commune_name, c.province_code, ST_X(f.location) AS lon, ST_Y(f.location) AS lat
FROM feedback f
JOIN admin_unit c ON c.id = f.commune_id
WHERE f.reference = :reference
