INSERT INTO feedback (reference, category, description, location, commune_id, reporter_contact)
VALUES (:reference, :category, :description, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326), :commune_id, :contact)
RETURNING id
