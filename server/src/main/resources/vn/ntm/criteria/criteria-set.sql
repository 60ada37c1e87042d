-- The criteria set of a tier a unit is assessed against in a year: a provincial adaptation before the national set.
SELECT s.id, s.code, s.name_vi, s.name_en, s.tier
FROM criteria_set s
WHERE s.id = tier_set(:level, coalesce(CAST(:tier AS text), 'standard'), :province, :year)
