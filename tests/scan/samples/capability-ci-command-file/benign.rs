//! Tells whether the program runs in GitHub Actions, to print grouped log lines.
pub fn in_actions() -> bool {
    std::env::var_os("GITHUB_ACTIONS").is_some()
}
