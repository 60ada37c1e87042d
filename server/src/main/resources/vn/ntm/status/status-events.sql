-- A unit's status events, in order.
SELECT e.id, e.event, e.level, e.event_date AS date, e.decision_no, e.decision_date, e.signer, e.note, e.is_demo AS demo
FROM status_event e
WHERE e.unit_id = :id
ORDER BY e.event_date, e.id
