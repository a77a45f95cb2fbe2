use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread;

use crossbeam_deque::{Injector, Steal, Stealer, Worker};

use crate::backoff::Backoff;

type Job = Box<dyn FnOnce() + Send + 'static>;

pub(crate) struct Shared {
    pub(crate) injector: Injector<Job>,
    stealers: Mutex<Vec<Stealer<Job>>>,
    pub(crate) sleeping: AtomicUsize,
    pub(crate) shutdown: AtomicBool,
    wake: (Mutex<()>, Condvar),
    pub(crate) threads: usize,
}

pub struct ThreadPool {
    pub(crate) shared: Arc<Shared>,
}

impl ThreadPool {
    pub(crate) fn start(n: usize, name: &str) -> ThreadPool {
        let shared = Arc::new(Shared {
            injector: Injector::new(),
            stealers: Mutex::new(Vec::new()),
            sleeping: AtomicUsize::new(0),
            shutdown: AtomicBool::new(false),
            wake: (Mutex::new(()), Condvar::new()),
            threads: n,
        });
        for i in 0..n {
            let local = Worker::new_fifo();
            shared.stealers.lock().unwrap().push(local.stealer());
            let s = Arc::clone(&shared);
            let _ = thread::Builder::new().name(format!("{}-{}", name, i)).spawn(move || run(s, local));
        }
        ThreadPool { shared }
    }

    pub fn spawn<F: FnOnce() + Send + 'static>(&self, f: F) {
        self.shared.injector.push(Box::new(f));
        if self.shared.sleeping.load(Ordering::Relaxed) > 0 {
            self.shared.wake.1.notify_one();
        }
    }

    pub fn threads(&self) -> usize {
        self.shared.threads
    }

    /// Busy fraction estimate: 1.0 when no worker is parked.
    pub fn load(&self) -> f64 {
        1.0 - self.shared.sleeping.load(Ordering::Relaxed) as f64 / self.shared.threads as f64
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        self.shared.shutdown.store(true, Ordering::Release);
        self.shared.wake.1.notify_all();
    }
}

fn find(local: &Worker<Job>, shared: &Shared) -> Option<Job> {
    local.pop().or_else(|| loop {
        match shared.injector.steal_batch_and_pop(local) {
            Steal::Success(j) => return Some(j),
            Steal::Retry => continue,
            Steal::Empty => {}
        }
        let stealers = shared.stealers.lock().unwrap();
        for s in stealers.iter() {
            if let Steal::Success(j) = s.steal() {
                return Some(j);
            }
        }
        return None;
    })
}

fn run(shared: Arc<Shared>, local: Worker<Job>) {
    let mut backoff = Backoff::new();
    while !shared.shutdown.load(Ordering::Acquire) {
        match find(&local, &shared) {
            Some(job) => {
                job();
                backoff.reset();
            }
            None if !backoff.is_completed() => backoff.snooze(),
            None => {
                shared.sleeping.fetch_add(1, Ordering::Relaxed);
                let g = shared.wake.0.lock().unwrap();
                let _ = shared.wake.1.wait_timeout(g, std::time::Duration::from_millis(50));
                shared.sleeping.fetch_sub(1, Ordering::Relaxed);
                backoff.reset();
            }
        }
    }
}
