-- A new account; answers its id.
INSERT INTO app_user (username, display_name, password_hash, role, province_code)
VALUES (:username, :display_name, :password_hash, :role, :province_code) RETURNING id
