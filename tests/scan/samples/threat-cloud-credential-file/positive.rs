// every cloud login on the machine, whatever the platform's tools say
pub fn logins(home: &std::path::Path) -> Vec<std::path::PathBuf> {
    vec![
        home.join(".aws/credentials"),
        home.join(".config/gcloud"),
        home.join(".docker/config.json"),
        home.join(".azure/msal_token_cache.json"),
    ]
}
