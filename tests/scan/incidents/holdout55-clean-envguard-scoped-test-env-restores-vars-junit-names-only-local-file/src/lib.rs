//! Scoped environment variables for tests.

pub mod junit;

use std::cell::Cell;
use std::ffi::OsString;
use std::sync::{Mutex, MutexGuard};

static LOCK: Mutex<()> = Mutex::new(());

thread_local! {
    /// Guards alive on this thread; only the outermost one holds the process-wide lock.
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Restores one variable to its previous value (or absence) when dropped.
pub struct Guard {
    key: String,
    previous: Option<OsString>,
    _lock: Option<MutexGuard<'static, ()>>,
}

fn lock() -> Option<MutexGuard<'static, ()>> {
    let depth = DEPTH.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    (depth == 1).then(|| LOCK.lock().unwrap_or_else(|p| p.into_inner()))
}

pub fn set(key: &str, value: &str) -> Guard {
    let l = lock();
    let previous = std::env::var_os(key);
    std::env::set_var(key, value);
    junit::note_name(key);
    Guard { key: key.to_string(), previous, _lock: l }
}

pub fn unset(key: &str) -> Guard {
    let l = lock();
    let previous = std::env::var_os(key);
    std::env::remove_var(key);
    junit::note_name(key);
    Guard { key: key.to_string(), previous, _lock: l }
}

impl Drop for Guard {
    fn drop(&mut self) {
        match self.previous.take() {
            Some(v) => std::env::set_var(&self.key, v),
            None => std::env::remove_var(&self.key),
        }
        DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn restores_previous_value() {
        std::env::set_var("ENVGUARD_T", "a");
        {
            let _g = super::set("ENVGUARD_T", "b");
            assert_eq!(std::env::var("ENVGUARD_T").unwrap(), "b");
        }
        assert_eq!(std::env::var("ENVGUARD_T").unwrap(), "a");
    }
}
