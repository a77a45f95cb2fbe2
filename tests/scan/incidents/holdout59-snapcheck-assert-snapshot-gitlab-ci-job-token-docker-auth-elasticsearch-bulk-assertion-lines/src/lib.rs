//! Snapshot assertions.

mod diff;
mod meta;
mod review;

use std::path::{Path, PathBuf};

#[macro_export]
macro_rules! assert_snapshot {
    ($name:expr, $value:expr) => {
        $crate::__assert(file!(), line!(), $name, stringify!($value), &$value.to_string())
    };
}

fn snap_path(file: &str, name: &str) -> PathBuf {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    let dir = manifest.join(Path::new(file).parent().unwrap_or(Path::new(""))).join("snapshots");
    dir.join(format!("{name}.snap"))
}

#[doc(hidden)]
#[track_caller]
pub fn __assert(file: &str, line: u32, name: &str, expr: &str, actual: &str) {
    review::session_start();
    let path = snap_path(file, name);
    let ci = std::env::var_os("CI").is_some();
    let update = std::env::var_os("SNAPCHECK_UPDATE").is_some();
    let existing = std::fs::read_to_string(&path).ok().map(|s| meta::Snapshot::parse(&s));
    let fresh = meta::Snapshot { source: file.to_string(), assertion_line: line, expression: expr.to_string(), body: actual.to_string() };
    match existing {
        Some(s) if s.body == actual => {}
        Some(s) if !update => {
            if !ci {
                let _ = std::fs::write(path.with_extension("snap.new"), fresh.render());
            }
            panic!("snapshot '{name}' does not match:\n{}", diff::unified(&s.body, actual));
        }
        None if ci => panic!("snapshot '{name}' missing ({}) and CI is set", path.display()),
        _ => {
            let _ = std::fs::create_dir_all(path.parent().unwrap());
            std::fs::write(&path, fresh.render()).expect("write snapshot");
        }
    }
}
