-- A criterion of a province's own set; answers its id.
INSERT INTO criterion (set_id, number, name_vi, name_en, is_key)
VALUES (:set, :number, :name_vi, :name_en, :key)
