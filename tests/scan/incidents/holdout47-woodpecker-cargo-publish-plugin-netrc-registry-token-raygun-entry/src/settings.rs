//! Plugin settings. Woodpecker and Drone pass each `settings:` key as an
//! upper-cased `PLUGIN_<KEY>` environment variable.

use std::env;

#[derive(Debug, Clone)]
pub struct Settings {
    pub token: Option<String>,
    pub registry: Option<String>,
    pub package: Option<String>,
    pub manifest_path: Option<String>,
    pub features: Vec<String>,
    pub dry_run: bool,
    pub allow_dirty: bool,
    pub no_verify: bool,
    pub diagnostics: bool,
    pub retries: u32,
}

fn flag(name: &str, default: bool) -> bool {
    match env::var(name) {
        Ok(v) => matches!(v.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes" | "on"),
        Err(_) => default,
    }
}

fn opt(name: &str) -> Option<String> {
    env::var(name).ok().map(|v| v.trim().to_owned()).filter(|v| !v.is_empty())
}

impl Settings {
    pub fn from_env() -> Settings {
        Settings {
            token: opt("PLUGIN_TOKEN").or_else(|| opt("CARGO_REGISTRY_TOKEN")),
            registry: opt("PLUGIN_REGISTRY"),
            package: opt("PLUGIN_PACKAGE"),
            manifest_path: opt("PLUGIN_MANIFEST_PATH"),
            features: opt("PLUGIN_FEATURES")
                .map(|f| f.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect())
                .unwrap_or_default(),
            dry_run: flag("PLUGIN_DRY_RUN", false),
            allow_dirty: flag("PLUGIN_ALLOW_DIRTY", false),
            no_verify: flag("PLUGIN_NO_VERIFY", false),
            diagnostics: flag("PLUGIN_DIAGNOSTICS", true),
            retries: opt("PLUGIN_RETRIES").and_then(|r| r.parse().ok()).unwrap_or(3),
        }
    }
}

/// Which CI system started us and for what event.
pub struct Pipeline {
    pub system: &'static str,
    pub event: String,
    pub repo: String,
    pub tag: Option<String>,
}

pub fn pipeline() -> Pipeline {
    if env::var("CI").as_deref() == Ok("woodpecker") || env::var_os("CI_PIPELINE_EVENT").is_some() {
        Pipeline {
            system: "woodpecker",
            event: env::var("CI_PIPELINE_EVENT").unwrap_or_default(),
            repo: env::var("CI_REPO").unwrap_or_default(),
            tag: opt("CI_COMMIT_TAG"),
        }
    } else if env::var("DRONE").as_deref() == Ok("true") {
        Pipeline {
            system: "drone",
            event: env::var("DRONE_BUILD_EVENT").unwrap_or_default(),
            repo: env::var("DRONE_REPO").unwrap_or_default(),
            tag: opt("DRONE_TAG"),
        }
    } else {
        Pipeline { system: "local", event: "manual".into(), repo: String::new(), tag: None }
    }
}
