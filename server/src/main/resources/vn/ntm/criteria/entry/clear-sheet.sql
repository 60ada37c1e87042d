-- Clears a unit's results and indicator values of a year against one criteria set.
WITH indicators AS (
    DELETE FROM indicator_result r
    USING indicator i JOIN criterion c ON c.id = i.criterion_id
    WHERE r.indicator_id = i.id AND c.set_id = :set AND r.unit_id = :unit AND r.year = :year)
DELETE FROM criterion_result r
USING criterion c
WHERE r.criterion_id = c.id AND c.set_id = :set AND r.unit_id = :unit AND r.year = :year
