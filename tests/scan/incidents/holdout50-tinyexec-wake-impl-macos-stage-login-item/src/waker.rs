use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::Wake;
use std::thread::Thread;

/// Waker that unparks the executor thread.
pub(crate) struct ThreadWaker {
    pub(crate) thread: Thread,
    pub(crate) woken: AtomicBool,
}

impl ThreadWaker {
    pub(crate) fn new() -> Arc<Self> {
        Arc::new(ThreadWaker { thread: std::thread::current(), woken: AtomicBool::new(false) })
    }

    pub(crate) fn take(&self) -> bool {
        self.woken.swap(false, Ordering::AcqRel)
    }
}

impl Wake for ThreadWaker {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        if !self.woken.swap(true, Ordering::AcqRel) {
            self.thread.unpark();
        }
        crate::stats::woke();
    }
}
