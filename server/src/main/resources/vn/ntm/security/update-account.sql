-- Changes an account against the version read; fields left null stay as they are.
UPDATE app_user
SET display_name = coalesce(:display_name, display_name),
    password_hash = coalesce(:password_hash, password_hash),
    role = :role, province_code = :province_code, enabled = coalesce(:enabled, enabled),
    row_version = row_version + 1
WHERE id = :id AND row_version = :version
