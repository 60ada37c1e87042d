SELECT u.id, u.username, u.display_name, u.role, u.province_code, u.password_hash, u.enabled, u.security_version,
       ARRAY(SELECT c.commune_code FROM app_user_commune c WHERE c.user_id = u.id ORDER BY 1) AS communes
FROM app_user u
WHERE u.username = :username
