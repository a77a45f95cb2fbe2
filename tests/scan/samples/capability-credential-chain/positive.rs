pub fn docker_config(home: &std::path::Path) -> std::path::PathBuf {
    match std::env::var_os("DOCKER_CONFIG") {
        Some(dir) => std::path::PathBuf::from(dir).join("config.json"),
        None => home.join(".docker").join("config.json"),
    }
}
