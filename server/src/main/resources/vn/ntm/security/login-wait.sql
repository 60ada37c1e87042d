-- Whole seconds until neither the account nor the address is locked out (0 when neither is).
SELECT coalesce(ceil(extract(epoch FROM max(locked_until) - now())), 0)::bigint
FROM login_throttle
WHERE locked_until > now()
  AND ((kind = 'account' AND subject = :username) OR (kind = 'address' AND subject = :address))
