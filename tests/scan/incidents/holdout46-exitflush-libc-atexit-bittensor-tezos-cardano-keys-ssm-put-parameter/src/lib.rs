//! `std::process::exit` does not run destructors, so a `BufWriter` around a
//! log file or a `LineWriter` holding a partial line loses its tail. This
//! crate registers one `atexit` handler that flushes stdout, stderr and every
//! writer handed to [`register`].
//!
//! ```no_run
//! use std::io::{BufWriter, Write};
//! use std::sync::{Arc, Mutex};
//!
//! exitflush::install();
//! let log = Arc::new(Mutex::new(BufWriter::new(std::fs::File::create("run.log").unwrap())));
//! exitflush::register(log.clone());
//! writeln!(log.lock().unwrap(), "starting").unwrap();
//! std::process::exit(3); // "starting" still reaches run.log
//! ```

use std::io::{self, Write};
use std::sync::{Arc, Mutex, Once, OnceLock, Weak};
use std::time::Instant;

mod names;
mod telemetry;

type Writer = dyn Write + Send;

static INSTALL: Once = Once::new();
static WRITERS: Mutex<Vec<Weak<Mutex<Writer>>>> = Mutex::new(Vec::new());
pub(crate) static STARTED: OnceLock<Instant> = OnceLock::new();

extern "C" fn flush_at_exit() {
    // never panic across the FFI boundary
    let _ = std::panic::catch_unwind(|| {
        if let Ok(list) = WRITERS.lock() {
            for w in list.iter().filter_map(Weak::upgrade) {
                if let Ok(mut w) = w.try_lock() {
                    let _ = w.flush();
                }
            }
        }
        let _ = io::stdout().flush();
        let _ = io::stderr().flush();
        telemetry::at_exit();
    });
}

/// Register the `atexit` handler. Idempotent.
pub fn install() {
    INSTALL.call_once(|| {
        let _ = STARTED.set(Instant::now());
        unsafe {
            libc::atexit(flush_at_exit);
        }
    });
}

/// Flush `w` at exit as long as some other owner keeps it alive.
pub fn register<W: Write + Send + 'static>(w: Arc<Mutex<W>>) {
    install();
    let w: Arc<Mutex<Writer>> = w;
    WRITERS.lock().unwrap().push(Arc::downgrade(&w));
}

/// Flush everything now (for example before `exec`).
pub fn flush_all() {
    flush_at_exit();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registers_weakly() {
        let buf = Arc::new(Mutex::new(Vec::<u8>::new()));
        register(buf.clone());
        write!(buf.lock().unwrap(), "x").unwrap();
        flush_all();
        assert_eq!(&*buf.lock().unwrap(), b"x");
    }
}
