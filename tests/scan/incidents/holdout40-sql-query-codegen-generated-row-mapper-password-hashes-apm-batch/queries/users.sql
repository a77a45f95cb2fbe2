-- name: FindUserByEmail :one
SELECT id, email, password_hash, totp_secret FROM users WHERE email = $1;
