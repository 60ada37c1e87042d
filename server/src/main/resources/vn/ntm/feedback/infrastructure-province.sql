-- The province of an infrastructure feature.
SELECT c.province_code FROM infrastructure i JOIN admin_unit c ON c.id = i.commune_id
WHERE i.id = :id
