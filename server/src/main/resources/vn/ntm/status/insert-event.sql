-- A status event as recorded from its decision.
INSERT INTO status_event (unit_id, event, level, event_date, decision_no, decision_date, signer, note,
                          criteria_set_id, created_by)
VALUES (:unit, :event, :level, :date, :decision_no, :decision_date, :signer, :note, :set, :actor)
