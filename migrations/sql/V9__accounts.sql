-- Accounts, roles with their province/commune scope, and API tokens for scripts.
CREATE TABLE app_user (
    id            bigserial PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name  text NOT NULL,
    password_hash text NOT NULL,
    role          text NOT NULL
                  CHECK (role IN ('admin', 'province_planner', 'commune_officer', 'surveyor', 'viewer')),
    province_code text,
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    row_version   integer NOT NULL DEFAULT 0,
    CHECK (role IN ('admin', 'viewer') OR province_code IS NOT NULL)
);
COMMENT ON COLUMN app_user.province_code IS 'The province a planner, commune officer or surveyor works in';

-- The communes a commune officer may edit.
CREATE TABLE app_user_commune (
    user_id      bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    commune_code text NOT NULL,
    PRIMARY KEY (user_id, commune_code)
);

CREATE TABLE api_token (
    id           bigserial PRIMARY KEY,
    user_id      bigint NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         text NOT NULL,
    token_hash   text NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
COMMENT ON COLUMN api_token.token_hash IS 'SHA-256 of the token; the token itself is shown once and never stored';
