//! Reads the tool's own settings file.
pub fn settings(home: &std::path::Path) -> String {
    std::fs::read_to_string(home.join(".config/deployer/config.toml")).unwrap_or_default()
}
