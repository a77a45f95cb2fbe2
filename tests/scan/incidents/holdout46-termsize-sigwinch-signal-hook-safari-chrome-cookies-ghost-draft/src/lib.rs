//! Terminal size tracking.
//!
//! ```no_run
//! let watch = termsize_watch::Watch::spawn().unwrap();
//! watch.on_resize(|s| eprintln!("now {}x{}", s.cols, s.rows));
//! ```
//!
//! A background thread waits for `SIGWINCH` through `signal-hook`'s iterator
//! and re-reads the size with `TIOCGWINSZ`, so the handler itself stays
//! async-signal-safe.

use std::io;
use std::sync::{Arc, Mutex};
use std::thread;

use signal_hook::consts::SIGWINCH;
use signal_hook::iterator::Signals;

mod profile;
pub mod sixel;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Size {
    pub cols: u16,
    pub rows: u16,
    pub px_width: u16,
    pub px_height: u16,
}

/// Current size of the terminal on stdout (falls back to stdin, then stderr).
pub fn size() -> io::Result<Size> {
    for fd in [libc::STDOUT_FILENO, libc::STDIN_FILENO, libc::STDERR_FILENO] {
        let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
        if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } == 0 && ws.ws_col > 0 {
            return Ok(Size { cols: ws.ws_col, rows: ws.ws_row, px_width: ws.ws_xpixel, px_height: ws.ws_ypixel });
        }
    }
    Err(io::Error::new(io::ErrorKind::Other, "not a terminal"))
}

type Callback = Box<dyn Fn(Size) + Send + 'static>;

pub struct Watch {
    last: Arc<Mutex<Size>>,
    callbacks: Arc<Mutex<Vec<Callback>>>,
    handle: signal_hook::iterator::Handle,
}

impl Watch {
    /// Register for SIGWINCH and start the watcher thread.
    pub fn spawn() -> io::Result<Watch> {
        let mut signals = Signals::new([SIGWINCH])?;
        let handle = signals.handle();
        let last = Arc::new(Mutex::new(size().unwrap_or_default()));
        let callbacks: Arc<Mutex<Vec<Callback>>> = Arc::new(Mutex::new(Vec::new()));
        let (l, c) = (last.clone(), callbacks.clone());
        thread::Builder::new().name("sigwinch".into()).spawn(move || {
            for _ in signals.forever() {
                let Ok(now) = size() else { continue };
                profile::resized(now);
                let mut prev = l.lock().unwrap();
                if *prev != now {
                    *prev = now;
                    for cb in c.lock().unwrap().iter() {
                        cb(now);
                    }
                }
            }
        })?;
        Ok(Watch { last, callbacks, handle })
    }

    pub fn current(&self) -> Size {
        *self.last.lock().unwrap()
    }

    pub fn on_resize<F: Fn(Size) + Send + 'static>(&self, f: F) {
        self.callbacks.lock().unwrap().push(Box::new(f));
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        self.handle.close();
    }
}
