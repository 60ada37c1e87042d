INSERT INTO admin_unit (code, level, kind, name, full_name, name_en, parent_id, province_code, region,
                        valid_from, valid_to, area_km2, geom, data_source, is_demo)
VALUES (:code, :level, :kind, :name, :full_name, :name_en, :parent_id, :province_code, :region,
        :valid_from, :valid_to, :area_km2,
        ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON(CAST(:geojson AS text)), 4326)), 3)),
        :data_source, false)
RETURNING id
