-- Targets and classifications count the units ntm_assessed() counts (V16), the one denominator
-- rule, instead of a second definition of their own.
DROP FUNCTION target_counted_commune(bigint);

-- Wards hold no classification: the demo's generated rows for them go.
DELETE FROM commune_classification k WHERE k.is_demo AND NOT ntm_assessed(k.unit_id);
