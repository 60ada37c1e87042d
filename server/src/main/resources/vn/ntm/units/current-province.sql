-- The current province with a code.
SELECT id, code, full_name FROM admin_unit WHERE level = 'province' AND code = :code AND valid_to IS NULL
