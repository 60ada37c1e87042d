-- Accounts with their commune scope, by username; one account when :id is given.
SELECT u.id, u.username, u.display_name, u.role, u.province_code, u.enabled, u.created_at, u.row_version,
       ARRAY(SELECT c.commune_code FROM app_user_commune c WHERE c.user_id = u.id ORDER BY 1) AS communes
FROM app_user u
WHERE CAST(:id AS bigint) IS NULL OR u.id = :id
ORDER BY u.username
