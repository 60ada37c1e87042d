-- The share (%) of a province's NTM-assessed communes with an existing waste site.
SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM infrastructure i WHERE i.commune_id = c.id AND i.category = 'waste_site'
             AND i.status = 'existing')) / nullif(count(*), 0), 1)::float8
FROM admin_unit c
WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.province_code = :p AND ntm_assessed(c.id)
