//! Scratch crate that depends on the crate under test.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::normalize::normalize;
use crate::{Case, Expect};

#[derive(Debug)]
pub(crate) struct Outcome {
    pub case: Case,
    pub ok: bool,
    pub message: String,
    pub millis: u128,
}

fn target_dir(manifest_dir: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| manifest_dir.join("target"))
}

pub(crate) fn run(cases: &[Case]) -> Vec<Outcome> {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let crate_name = std::env::var("CARGO_PKG_NAME").unwrap_or_else(|_| "crate_under_test".into());
    let dir = target_dir(&manifest_dir).join("tests").join("ui-snap").join(&crate_name);
    let _ = std::fs::create_dir_all(dir.join("src").join("bin"));
    let manifest = format!(
        "[package]\nname = \"{crate_name}-ui\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n\
         [dependencies]\n{crate_name} = {{ path = {:?} }}\n\n[workspace]\n",
        manifest_dir.display().to_string()
    );
    let _ = std::fs::write(dir.join("Cargo.toml"), manifest);
    let _ = std::fs::write(dir.join("src").join("lib.rs"), "");

    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let overwrite = std::env::var("UI_SNAP").map_or(false, |v| v == "overwrite");
    let mut out = Vec::new();
    for case in cases {
        let started = std::time::Instant::now();
        let stem = case.path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        let bin = dir.join("src").join("bin").join(format!("{stem}.rs"));
        if std::fs::copy(&case.path, &bin).is_err() {
            out.push(Outcome { case: case.clone(), ok: false, message: "cannot copy case".into(), millis: 0 });
            continue;
        }
        let result = Command::new(&cargo)
            .arg("check")
            .arg("--quiet")
            .arg("--bin")
            .arg(&stem)
            .arg("--message-format=human")
            .env("CARGO_TARGET_DIR", dir.join("target"))
            .current_dir(&dir)
            .output();
        let _ = std::fs::remove_file(&bin);
        let (ok, message) = match result {
            Err(e) => (false, format!("cargo: {e}")),
            Ok(o) => {
                let stderr = normalize(&String::from_utf8_lossy(&o.stderr), &manifest_dir, &stem);
                match (case.expect, o.status.success()) {
                    (Expect::Pass, true) => (true, String::new()),
                    (Expect::Pass, false) => (false, stderr),
                    (Expect::Fail, true) => (false, "expected a compile error".into()),
                    (Expect::Fail, false) => compare_snapshot(&case.path, &stderr, overwrite),
                }
            }
        };
        out.push(Outcome { case: case.clone(), ok, message, millis: started.elapsed().as_millis() });
    }
    out
}

fn compare_snapshot(case: &Path, actual: &str, overwrite: bool) -> (bool, String) {
    let snap = case.with_extension("stderr");
    match std::fs::read_to_string(&snap) {
        Ok(expected) if expected.trim_end() == actual.trim_end() => (true, String::new()),
        _ if overwrite => {
            let _ = std::fs::write(&snap, actual);
            (true, format!("wrote {}", snap.display()))
        }
        Ok(expected) => (false, format!("EXPECTED:\n{expected}\nACTUAL:\n{actual}")),
        Err(_) => (false, format!("no snapshot; ACTUAL:\n{actual}")),
    }
}
