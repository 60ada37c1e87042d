-- A commune officer's communes standing today, each with the infrastructure features in it.
SELECT c.code, ARRAY(SELECT i.id FROM infrastructure i WHERE i.commune_id = c.id ORDER BY i.id) AS features
FROM admin_unit c
WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.code = ANY (CAST(:codes AS text[]))
ORDER BY c.code
