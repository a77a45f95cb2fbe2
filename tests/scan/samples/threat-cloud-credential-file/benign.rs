// an SDK's credential chain: the shared credentials file where AWS's tools look for it
pub fn shared_credentials(home: &std::path::Path) -> std::path::PathBuf {
    std::env::var_os("AWS_SHARED_CREDENTIALS_FILE")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| home.join(".aws").join("credentials"))
}
