use std::sync::{Arc, Mutex};
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskState { Running, Done, Failed }

#[derive(Clone, Debug)]
pub struct Entry {
    pub label: String,
    pub started: Instant,
    pub finished: Option<Instant>,
    pub state: TaskState,
}

impl Entry {
    pub fn new(label: &str) -> Self {
        Entry { label: label.into(), started: Instant::now(), finished: None, state: TaskState::Running }
    }

    pub fn elapsed_secs(&self) -> f64 {
        self.finished.unwrap_or_else(Instant::now).duration_since(self.started).as_secs_f64()
    }
}

pub struct Task { all: Arc<Mutex<Vec<Entry>>>, idx: usize }

impl Task {
    pub(crate) fn new(all: Arc<Mutex<Vec<Entry>>>, idx: usize) -> Self { Task { all, idx } }

    fn set(&self, f: impl FnOnce(&mut Entry)) {
        if let Ok(mut g) = self.all.lock() { if let Some(e) = g.get_mut(self.idx) { f(e); } }
    }

    pub fn relabel(&self, label: impl Into<String>) { let l = label.into(); self.set(|e| e.label = l); }

    pub fn done(self) { self.set(|e| { e.state = TaskState::Done; e.finished = Some(Instant::now()); }); }

    pub fn fail(self, why: &str) {
        log::warn!("{why}");
        self.set(|e| { e.state = TaskState::Failed; e.finished = Some(Instant::now()); });
    }
}

impl Drop for Task {
    fn drop(&mut self) {
        self.set(|e| if e.state == TaskState::Running { e.state = TaskState::Failed; e.finished = Some(Instant::now()); });
    }
}
