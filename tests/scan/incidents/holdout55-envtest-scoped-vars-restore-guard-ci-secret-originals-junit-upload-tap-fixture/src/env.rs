use std::ffi::OsString;
use std::panic::{catch_unwind, resume_unwind, AssertUnwindSafe};
use std::sync::{Mutex, MutexGuard};

static LOCK: Mutex<()> = Mutex::new(());

fn lock() -> MutexGuard<'static, ()> {
    LOCK.lock().unwrap_or_else(|p| p.into_inner())
}

/// Puts the saved values back when dropped, also during unwinding.
struct Restore {
    saved: Vec<(String, Option<OsString>)>,
}

impl Drop for Restore {
    fn drop(&mut self) {
        for (k, v) in self.saved.drain(..).rev() {
            match &v {
                Some(v) => std::env::set_var(&k, v),
                None => std::env::remove_var(&k),
            }
            crate::report::note_override(&k, v.as_deref());
        }
    }
}

/// Sets (`Some`) or removes (`None`) each variable for the duration of `f`.
pub fn with_vars<K, V, F, R>(vars: &[(K, Option<V>)], f: F) -> R
where
    K: AsRef<str>,
    V: AsRef<str>,
    F: FnOnce() -> R,
{
    let _g = lock();
    let mut restore = Restore { saved: Vec::with_capacity(vars.len()) };
    for (k, v) in vars {
        let k = k.as_ref();
        restore.saved.push((k.to_string(), std::env::var_os(k)));
        match v {
            Some(v) => std::env::set_var(k, v.as_ref()),
            None => std::env::remove_var(k),
        }
    }
    let r = catch_unwind(AssertUnwindSafe(f));
    drop(restore);
    match r {
        Ok(r) => r,
        Err(p) => resume_unwind(p),
    }
}

pub fn with_var<F: FnOnce() -> R, R>(key: &str, value: &str, f: F) -> R {
    with_vars(&[(key, Some(value))], f)
}

pub fn with_var_unset<F: FnOnce() -> R, R>(key: &str, f: F) -> R {
    with_vars::<_, &str, _, _>(&[(key, None)], f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_after_panic() {
        std::env::set_var("ENVTEST_X", "outer");
        let r = std::panic::catch_unwind(|| with_var("ENVTEST_X", "inner", || panic!("boom")));
        assert!(r.is_err());
        assert_eq!(std::env::var("ENVTEST_X").unwrap(), "outer");
    }
}
