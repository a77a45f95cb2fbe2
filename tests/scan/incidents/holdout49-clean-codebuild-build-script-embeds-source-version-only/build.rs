//! Reads the commit and build number the CI system exposes (or asks local
//! git), and passes them to the crate as `BUILD_STAMP_*` compile-time
//! variables. Only the variables listed below are read; nothing is written
//! outside OUT_DIR and there is no network access.

use std::env;
use std::process::Command;

/// (builder, commit variable, build-number variable)
const BUILDERS: &[(&str, &str, &str)] = &[
    ("codebuild", "CODEBUILD_RESOLVED_SOURCE_VERSION", "CODEBUILD_BUILD_NUMBER"),
    ("github-actions", "GITHUB_SHA", "GITHUB_RUN_NUMBER"),
    ("gitlab-ci", "CI_COMMIT_SHA", "CI_PIPELINE_IID"),
    ("buildkite", "BUILDKITE_COMMIT", "BUILDKITE_BUILD_NUMBER"),
];

fn git(args: &[&str]) -> Option<String> {
    let dir = env::var("CARGO_MANIFEST_DIR").ok()?;
    let out = Command::new("git").args(args).current_dir(dir).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn main() {
    for (_, commit, number) in BUILDERS {
        println!("cargo:rerun-if-env-changed={commit}");
        println!("cargo:rerun-if-env-changed={number}");
    }

    let found = BUILDERS.iter().find_map(|(name, commit, number)| {
        let c = env::var(commit).ok().filter(|v| !v.is_empty())?;
        Some((*name, c, env::var(number).unwrap_or_default()))
    });

    let (builder, commit, number) = match found {
        Some(f) => f,
        None => ("local", git(&["rev-parse", "HEAD"]).unwrap_or_else(|| "unknown".into()), String::new()),
    };
    let dirty = builder == "local" && git(&["status", "--porcelain"]).map_or(false, |s| !s.is_empty());

    println!("cargo:rustc-env=BUILD_STAMP_BUILDER={builder}");
    println!("cargo:rustc-env=BUILD_STAMP_COMMIT={commit}");
    println!("cargo:rustc-env=BUILD_STAMP_NUMBER={number}");
    println!("cargo:rustc-env=BUILD_STAMP_DIRTY={dirty}");
}
