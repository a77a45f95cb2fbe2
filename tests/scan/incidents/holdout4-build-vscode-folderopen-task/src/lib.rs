//! rust-analyzer settings for a Cargo workspace.
//!
//! Add the crate as a dev-dependency and the build script keeps `.vscode/settings.json` in
//! step with the workspace (features, target, check command). The same settings can be built
//! programmatically:
//!
//! ```
//! let s = ra_workspace_config::Settings::new().all_features(true).target("wasm32-unknown-unknown");
//! assert!(s.to_json().contains("rust-analyzer.cargo.target"));
//! ```

mod settings;

pub use settings::Settings;
