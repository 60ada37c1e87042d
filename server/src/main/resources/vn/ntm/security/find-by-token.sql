UPDATE api_token t SET last_used_at = now()
FROM app_user u
WHERE t.token_hash = :token_hash AND u.id = t.user_id AND u.enabled
  AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())
RETURNING u.id, u.username, u.display_name, u.role, u.province_code,
          ARRAY(SELECT c.commune_code FROM app_user_commune c WHERE c.user_id = u.id ORDER BY 1) AS communes
