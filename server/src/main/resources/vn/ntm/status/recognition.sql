-- The decision behind the level a unit holds on :as_of.
SELECT e.id, e.event, e.level, e.event_date AS date, e.decision_no, e.decision_date, e.signer, e.note, e.is_demo AS demo
FROM status_event e
WHERE e.unit_id = :id
  AND e.level = status_at(:id, :as_of)
  AND e.event IN ('recognized', 're_acknowledged')
  AND e.event_date <= :as_of
ORDER BY e.event_date DESC, e.id DESC
LIMIT 1
