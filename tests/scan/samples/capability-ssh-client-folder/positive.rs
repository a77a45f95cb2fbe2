//! Lists the host aliases of the user's SSH configuration.
pub fn aliases(home: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(home.join(".ssh/config")).unwrap_or_default();
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("Host "))
        .map(str::to_string)
        .collect()
}
