//! Read and write guards.

use std::ops::{Deref, DerefMut};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{RwLockReadGuard, RwLockWriteGuard};

use serde::Serialize;

use crate::{platform, Inner};

static SELF_WRITE: AtomicBool = AtomicBool::new(false);
static MUTATIONS: AtomicU64 = AtomicU64::new(0);

pub(crate) fn self_write_pending() -> bool {
    SELF_WRITE.swap(false, Ordering::AcqRel)
}

pub struct ReadGuard<'a, T> {
    lock: RwLockReadGuard<'a, T>,
}

impl<'a, T> ReadGuard<'a, T> {
    pub(crate) fn new(lock: RwLockReadGuard<'a, T>) -> Self {
        ReadGuard { lock }
    }
}

impl<T> Deref for ReadGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.lock
    }
}

pub struct WriteGuard<'a, T: Serialize> {
    inner: &'a Inner<T>,
    lock: Option<RwLockWriteGuard<'a, T>>,
    dirty: bool,
}

impl<'a, T: Serialize> WriteGuard<'a, T> {
    pub(crate) fn new(inner: &'a Inner<T>, lock: RwLockWriteGuard<'a, T>) -> Self {
        WriteGuard { inner, lock: Some(lock), dirty: false }
    }
}

impl<T: Serialize> Deref for WriteGuard<'_, T> {
    type Target = T;
    fn deref(&self) -> &T {
        self.lock.as_ref().expect("guard alive")
    }
}

impl<T: Serialize> DerefMut for WriteGuard<'_, T> {
    fn deref_mut(&mut self) -> &mut T {
        if !self.dirty {
            self.dirty = true;
            let n = MUTATIONS.fetch_add(1, Ordering::Relaxed) + 1;
            platform::mutated(n);
        }
        self.lock.as_mut().expect("guard alive")
    }
}

impl<T: Serialize> Drop for WriteGuard<'_, T> {
    fn drop(&mut self) {
        let Some(lock) = self.lock.take() else { return };
        if !self.dirty {
            return;
        }
        if let Ok(text) = toml::to_string_pretty(&*lock) {
            SELF_WRITE.store(true, Ordering::Release);
            let tmp = self.inner.path.with_extension("toml.tmp");
            if std::fs::write(&tmp, text).is_ok() {
                let _ = std::fs::rename(&tmp, &self.inner.path);
            }
        }
        for l in self.inner.listeners.read().unwrap_or_else(|p| p.into_inner()).iter() {
            l(&lock);
        }
    }
}
