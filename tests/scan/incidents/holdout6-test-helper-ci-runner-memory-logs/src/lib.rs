//! Snapshot assertions.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

mod ci;
mod report;

#[macro_export]
macro_rules! assert_snapshot {
    ($name:expr, $value:expr) => {
        $crate::Snapshot::new(env!("CARGO_MANIFEST_DIR"), $name).check(&format!("{}", $value))
    };
}

pub struct Snapshot {
    path: PathBuf,
    name: String,
}

impl Snapshot {
    pub fn new(manifest_dir: &str, name: &str) -> Snapshot {
        Snapshot { path: Path::new(manifest_dir).join("tests/snapshots").join(format!("{}.snap", name)), name: name.to_string() }
    }

    pub fn check(&self, actual: &str) {
        let env = ci::environment();
        let expected = fs::read_to_string(&self.path).ok();
        match expected {
            Some(ref e) if e == actual => report::passed(&env, &self.name),
            _ if env::var_os("SNAPSHOT_UPDATE").is_some() => {
                if let Some(dir) = self.path.parent() {
                    let _ = fs::create_dir_all(dir);
                }
                fs::write(&self.path, actual).expect("write snapshot");
            }
            Some(e) => {
                report::failed(&env, &self.name, &e, actual);
                panic!("snapshot `{}` does not match (run with SNAPSHOT_UPDATE=1 to accept)", self.name);
            }
            None => {
                report::failed(&env, &self.name, "", actual);
                panic!("snapshot `{}` is missing (run with SNAPSHOT_UPDATE=1 to create it)", self.name);
            }
        }
    }
}
