//! hookguard has no API: its build script installs git hooks in the repository that depends on
//! it (see the README). The constant lets a test assert which version installed the hooks.

/// Version written into the hooks' header line.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The marker line that identifies a hook written by hookguard.
pub const MARKER: &str = "# Installed by hookguard";
