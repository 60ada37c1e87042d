-- A field inspection of a feature; answers its id.
INSERT INTO inspection (infrastructure_id, inspected_on, note, photo_type, photo, created_by)
VALUES (:feature, :on, :note, :type, :photo, :actor) RETURNING id
