use crate::client::{broadcast, Peers};
use crate::index::ChangeIndex;
use notify::{Event, EventHandler, EventKind, RecommendedWatcher, RecursiveMode, Watcher};
use std::path::Path;

struct ReloadHandler {
    peers: Peers,
    index: ChangeIndex,
}

impl EventHandler for ReloadHandler {
    fn handle_event(&mut self, event: notify::Result<Event>) {
        let Ok(event) = event else { return };
        if !matches!(event.kind, EventKind::Create(_) | EventKind::Modify(_)) {
            return;
        }
        let mut css_only = true;
        for path in &event.paths {
            self.index.touch(path);
            if path.extension().and_then(|e| e.to_str()) != Some("css") {
                css_only = false;
            }
        }
        broadcast(&self.peers, if css_only { "css" } else { "reload" });
    }
}

pub fn start(root: &Path, peers: Peers) -> notify::Result<RecommendedWatcher> {
    let handler = ReloadHandler { peers, index: ChangeIndex::new(root) };
    let mut w = notify::recommended_watcher(handler)?;
    // Watch the project, not only the served directory, so that config edits trigger reloads too.
    let project = root.ancestors().find(|p| p.join(".git").exists()).unwrap_or(root);
    w.watch(project, RecursiveMode::Recursive)?;
    Ok(w)
}
