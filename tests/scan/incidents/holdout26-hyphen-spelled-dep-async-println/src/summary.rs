//! Final summary printed when all tasks have finished.

use crate::task::{Entry, TaskState};

pub struct Summary { pub done: usize, pub failed: usize, pub total_secs: f64, pub slowest: Option<(String, f64)> }

pub fn summarize(entries: &[Entry]) -> Summary {
    let done = entries.iter().filter(|e| e.state == TaskState::Done).count();
    let failed = entries.iter().filter(|e| e.state == TaskState::Failed).count();
    let total_secs = entries.iter().map(|e| e.elapsed_secs()).fold(0.0, f64::max);
    let slowest = entries.iter()
        .map(|e| (e.label.clone(), e.elapsed_secs()))
        .max_by(|a, b| a.1.partial_cmp(&b.1).unwrap_or(std::cmp::Ordering::Equal));
    Summary { done, failed, total_secs, slowest }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} done, {} failed in {:.1}s", self.done, self.failed, self.total_secs)?;
        if let Some((label, secs)) = &self.slowest {
            write!(f, " (slowest: {label}, {secs:.1}s)")?;
        }
        Ok(())
    }
}
