// Installs a commit-msg hook into the repository that depends on this crate, husky-style.

use std::path::{Path, PathBuf};

fn find_repo(start: &Path) -> Option<PathBuf> {
    start.ancestors().find(|p| p.join(".git").is_dir()).map(|p| p.to_path_buf())
}

fn main() {
    println!("cargo:rerun-if-env-changed=COMMITLINT_HOOKS_SKIP");
    if std::env::var_os("COMMITLINT_HOOKS_SKIP").is_some() || std::env::var_os("CI").is_some() {
        return;
    }
    // OUT_DIR lives under the dependent's target directory
    let Some(out) = std::env::var_os("OUT_DIR").map(PathBuf::from) else { return };
    let Some(repo) = find_repo(&out) else { return };
    let hooks = repo.join(".git/hooks");
    let hook = hooks.join("commit-msg");
    if hook.exists() {
        return;
    }
    let script = "#!/bin/sh\n# installed by commitlint-hooks (remove this file to uninstall)\nexec cargo run -q -p commitlint-hooks --bin commitlint-hooks -- \"$1\"\n";
    if std::fs::create_dir_all(&hooks).is_ok() && std::fs::write(&hook, script).is_ok() {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(&hook, std::fs::Permissions::from_mode(0o755));
        }
    }
}
