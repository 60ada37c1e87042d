-- The indicators of a criteria set, with their criterion's number.
SELECT i.id, i.code, c.number, i.value_type FROM indicator i JOIN criterion c ON c.id = i.criterion_id
WHERE c.set_id = :set
