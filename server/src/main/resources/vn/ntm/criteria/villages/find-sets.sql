-- A province's own sets of one level and tier, with their decisions, criteria and indicators.
SELECT s.id, s.code, s.name_vi, s.name_en, s.year_from, s.year_to, d.number, d.sign_date
FROM criteria_set s JOIN legal_document d ON d.id = s.legal_document_id
WHERE s.unit_level = :level AND s.tier = :tier AND s.province_code = :province
ORDER BY s.year_from, s.id
