//! Reads the tool's own settings.
pub fn settings(home: &std::path::Path) -> String {
    std::fs::read_to_string(home.join(".config").join("lintkit.toml")).unwrap_or_default()
}
