//! A locale given by the caller, never read from the host.
pub fn greeting(locale: &str) -> &'static str {
    if locale.starts_with("fr") { "Bonjour" } else { "Hello" }
}
