-- Sessions and API tokens end when an account's sign-in or scope changes: each signed-in session
-- remembers the version it started under and is ended on its next request once the version moved on.
ALTER TABLE app_user ADD COLUMN security_version integer NOT NULL DEFAULT 0;
COMMENT ON COLUMN app_user.security_version IS
    'Bumped when the account is disabled, its role, province, communes or password change; older sessions end';

-- Failed sign-ins per account (username tried) and per client address, shared by all servers.
CREATE TABLE login_throttle (
    kind            text NOT NULL CHECK (kind IN ('account', 'address')),
    subject         text NOT NULL CHECK (length(subject) <= 200),
    failures        integer NOT NULL DEFAULT 1,
    last_failure_at timestamptz NOT NULL DEFAULT now(),
    locked_until    timestamptz,
    PRIMARY KEY (kind, subject)
);
COMMENT ON TABLE login_throttle IS 'Consecutive failed sign-ins; a subject is refused until locked_until';
CREATE INDEX login_throttle_last_failure ON login_throttle (last_failure_at);
