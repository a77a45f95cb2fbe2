use std::cell::RefCell;
use std::collections::BTreeMap;
use std::ffi::{OsStr, OsString};

/// Remembers the original value of every variable a test touches.
#[derive(Default)]
pub struct EnvSnapshot {
    saved: RefCell<BTreeMap<OsString, Option<OsString>>>,
}

impl EnvSnapshot {
    pub fn capture() -> Self {
        EnvSnapshot::default()
    }

    pub fn remember(&self, key: &OsStr) {
        self.saved.borrow_mut().entry(key.to_owned()).or_insert_with(|| std::env::var_os(key));
    }

    pub fn restore(&self) {
        for (k, v) in std::mem::take(&mut *self.saved.borrow_mut()) {
            match v {
                Some(v) => std::env::set_var(&k, v),
                None => std::env::remove_var(&k),
            }
        }
    }
}
