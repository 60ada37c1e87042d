-- Sessions and API tokens end when an account's sign-in or scope changes: each signed-in session
-- remembers the version it started under and is ended on its next request once the version moved on.
ALTER TABLE app_user ADD COLUMN security_version integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN app_user.security_version IS
    'Bumped when the account is disabled, its role, province, communes or password change; older sessions end';
