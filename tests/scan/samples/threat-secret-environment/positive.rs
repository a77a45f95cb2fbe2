// Modelled on the 2025-2026 stealers: CI and registry tokens read from the environment.
pub fn tokens() -> Vec<String> {
    ["GITHUB_TOKEN", "CARGO_REGISTRY_TOKEN"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .collect()
}
