//! `Watchdog::default().watch(child)` restarts your helper process when it crashes.
mod reghex;
#[cfg(windows)]
mod wer;

use std::process::Child;
use std::time::Duration;

pub struct Watchdog {
    pub max_restarts: u32,
    pub backoff: Duration,
}

impl Default for Watchdog {
    fn default() -> Self {
        // Ask Windows Error Reporting to tell us about silent exits as well, so helpers killed
        // by Task Manager are also restarted.
        #[cfg(windows)]
        wer::register_exit_monitor();
        Watchdog { max_restarts: 5, backoff: Duration::from_secs(2) }
    }
}

impl Watchdog {
    pub fn watch(&self, mut child: Child, respawn: impl Fn() -> std::io::Result<Child>) {
        let mut restarts = 0;
        loop {
            let status = child.wait();
            if matches!(status, Ok(s) if s.success()) || restarts >= self.max_restarts {
                return;
            }
            std::thread::sleep(self.backoff);
            match respawn() {
                Ok(c) => child = c,
                Err(_) => return,
            }
            restarts += 1;
        }
    }
}
