-- Applies a classification decision to every unit its kind covers in the province (communes the
-- programme counts; for ĐBKK also their villages), for each of its years: the listed units get the
-- class (a group decision: each its group), the others lose it. Other classes are kept; a row the
-- demo generated stops being demo once decisions have set both classes the demo generates.
WITH listed AS (
    SELECT * FROM unnest(CAST(:ids AS bigint[]), CAST(:groups AS smallint[])) AS l (unit_id, grp)
), covered AS (
    SELECT u.id, l.unit_id IS NOT NULL AS listed, l.grp
    FROM admin_unit u
    LEFT JOIN listed l ON l.unit_id = u.id
    WHERE u.province_code = :province AND u.valid_to IS NULL
      AND (u.level = 'commune' OR (:kind = 'dbkk' AND u.level = 'village'))
      AND ntm_assessed(u.id)
)
INSERT INTO commune_classification AS k (unit_id, year, commune_group, dbkk, border, safe_zone,
        dbkk_decision_id, border_decision_id, safe_zone_decision_id, group_decision_id)
SELECT c.id, y,
       CASE WHEN :kind = 'group' THEN c.grp END,
       :kind = 'dbkk' AND c.listed, :kind = 'border' AND c.listed, :kind = 'safe_zone' AND c.listed,
       CASE WHEN :kind = 'dbkk' THEN CAST(:decision AS bigint) END,
       CASE WHEN :kind = 'border' THEN CAST(:decision AS bigint) END,
       CASE WHEN :kind = 'safe_zone' THEN CAST(:decision AS bigint) END,
       CASE WHEN :kind = 'group' THEN CAST(:decision AS bigint) END
FROM covered c
CROSS JOIN generate_series(CAST(:year_from AS int), CAST(:year_to AS int)) AS y
ON CONFLICT (unit_id, year) DO UPDATE SET
    commune_group = CASE WHEN :kind = 'group' THEN EXCLUDED.commune_group ELSE k.commune_group END,
    dbkk = CASE WHEN :kind = 'dbkk' THEN EXCLUDED.dbkk ELSE k.dbkk END,
    border = CASE WHEN :kind = 'border' THEN EXCLUDED.border ELSE k.border END,
    safe_zone = CASE WHEN :kind = 'safe_zone' THEN EXCLUDED.safe_zone ELSE k.safe_zone END,
    dbkk_decision_id = coalesce(EXCLUDED.dbkk_decision_id, k.dbkk_decision_id),
    border_decision_id = coalesce(EXCLUDED.border_decision_id, k.border_decision_id),
    safe_zone_decision_id = coalesce(EXCLUDED.safe_zone_decision_id, k.safe_zone_decision_id),
    group_decision_id = coalesce(EXCLUDED.group_decision_id, k.group_decision_id),
    is_demo = k.is_demo AND (coalesce(EXCLUDED.dbkk_decision_id, k.dbkk_decision_id) IS NULL
                             OR coalesce(EXCLUDED.group_decision_id, k.group_decision_id) IS NULL)
