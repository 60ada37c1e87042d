-- How many of the codes are current communes of the province.
SELECT count(*) FROM admin_unit
WHERE level = 'commune' AND valid_to IS NULL AND province_code = :province
  AND code = ANY (CAST(:codes AS text[]))
