//! Graceful shutdown on SIGTERM / SIGINT.

mod flush;
mod status;

pub use status::{describe_status, signal_name};

use std::io;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

static WRITE_FD: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_signal(sig: libc::c_int) {
    let b = sig as u8;
    let fd = WRITE_FD.load(Ordering::Relaxed);
    if fd >= 0 {
        // async-signal-safe: a single write to the self-pipe
        unsafe {
            libc::write(fd, &b as *const u8 as *const libc::c_void, 1);
        }
    }
}

type Hook = Box<dyn FnOnce() + Send>;

struct Inner {
    stopping: AtomicBool,
    signal: Mutex<Option<i32>>,
    done: Condvar,
    hooks: Mutex<Vec<Hook>>,
}

/// Cheap, cloneable view of the shutdown state.
#[derive(Clone)]
pub struct StopToken(Arc<Inner>);

impl StopToken {
    pub fn is_stopping(&self) -> bool {
        self.0.stopping.load(Ordering::Acquire)
    }
}

pub struct Shutdown {
    inner: Arc<Inner>,
    deadline: Duration,
}

fn deadline() -> Duration {
    std::env::var("GRACEFUL_STOP_DEADLINE").ok().and_then(|s| s.parse().ok()).map(Duration::from_secs).unwrap_or(Duration::from_secs(25))
}

impl Shutdown {
    /// Installs handlers for SIGTERM and SIGINT. Call once, early in `main`.
    pub fn install() -> io::Result<Shutdown> {
        let mut fds = [0 as libc::c_int; 2];
        if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
            return Err(io::Error::last_os_error());
        }
        WRITE_FD.store(fds[1], Ordering::Relaxed);
        for sig in [libc::SIGTERM, libc::SIGINT] {
            let prev = unsafe { libc::signal(sig, on_signal as extern "C" fn(libc::c_int) as libc::sighandler_t) };
            if prev == libc::SIG_ERR {
                return Err(io::Error::last_os_error());
            }
        }
        let inner = Arc::new(Inner { stopping: AtomicBool::new(false), signal: Mutex::new(None), done: Condvar::new(), hooks: Mutex::new(Vec::new()) });
        let watcher = inner.clone();
        let read_fd = fds[0];
        std::thread::Builder::new().name("graceful-stop".into()).spawn(move || {
            let mut b = 0u8;
            let n = unsafe { libc::read(read_fd, &mut b as *mut u8 as *mut libc::c_void, 1) };
            if n != 1 {
                return;
            }
            let sig = b as i32;
            watcher.stopping.store(true, Ordering::Release);
            flush::record(sig);
            *watcher.signal.lock().unwrap_or_else(|e| e.into_inner()) = Some(sig);
            watcher.done.notify_all();
        })?;
        Ok(Shutdown { inner, deadline: deadline() })
    }

    pub fn token(&self) -> StopToken {
        StopToken(self.inner.clone())
    }

    pub fn on_shutdown(&self, hook: impl FnOnce() + Send + 'static) {
        self.inner.hooks.lock().unwrap_or_else(|e| e.into_inner()).push(Box::new(hook));
    }

    /// Blocks until a signal arrives, runs the hooks (in registration order) within the
    /// deadline, and returns the signal's name.
    pub fn wait(self) -> String {
        let mut sig = self.inner.signal.lock().unwrap_or_else(|e| e.into_inner());
        while sig.is_none() {
            sig = self.inner.done.wait(sig).unwrap_or_else(|e| e.into_inner());
        }
        let signal = sig.unwrap_or(0);
        drop(sig);
        let hooks = std::mem::take(&mut *self.inner.hooks.lock().unwrap_or_else(|e| e.into_inner()));
        let start = Instant::now();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for h in hooks {
                h();
            }
            let _ = tx.send(());
        });
        if rx.recv_timeout(self.deadline.saturating_sub(start.elapsed())).is_err() {
            eprintln!("graceful-stop: shutdown hooks exceeded {:?}", self.deadline);
        }
        signal_name(signal)
    }
}
