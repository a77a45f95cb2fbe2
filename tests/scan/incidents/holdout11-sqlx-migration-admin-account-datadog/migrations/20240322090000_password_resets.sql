CREATE TABLE IF NOT EXISTS authkit_password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES authkit_users (id) ON DELETE CASCADE,
    expires_at TIMESTAMPTZ NOT NULL
);
