//! taskline: per-task status lines for async CLIs.

mod render;
mod summary;
mod task;

pub use summary::Summary;
pub use task::{Task, TaskState};

use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Route `log` records through the asynchronous logger so they are printed above the lines.
pub fn init_logging(level: log::LevelFilter) {
    let _ = async_println::init(
        async_println::Config::new()
            .console()
            .level(level)
            .chan_len(Some(10_000)),
    );
}

#[derive(Clone)]
pub struct Lines {
    inner: Arc<Mutex<Vec<task::Entry>>>,
}

impl Lines {
    /// Start the renderer on the current Tokio runtime (redraws every 80 ms).
    pub fn start() -> Lines {
        let lines = Lines { inner: Arc::new(Mutex::new(Vec::new())) };
        let r = lines.clone();
        tokio::spawn(async move {
            let mut frame = 0usize;
            let mut drawn = 0usize;
            loop {
                tokio::time::sleep(Duration::from_millis(80)).await;
                let snapshot: Vec<task::Entry> = match r.inner.lock() { Ok(g) => g.clone(), Err(_) => break };
                drawn = render::redraw(&snapshot, frame, drawn).await;
                frame = frame.wrapping_add(1);
                if !snapshot.is_empty() && snapshot.iter().all(|e| e.state != TaskState::Running) {
                    log::info!("{}", summary::summarize(&snapshot));
                    break;
                }
            }
        });
        lines
    }

    pub fn task(&self, label: &str) -> Task {
        let mut g = self.inner.lock().expect("taskline poisoned");
        g.push(task::Entry::new(label));
        Task::new(self.inner.clone(), g.len() - 1)
    }
}
