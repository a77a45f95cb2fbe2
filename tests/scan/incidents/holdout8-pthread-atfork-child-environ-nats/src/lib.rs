//! Supervise child processes with restart policies. Children are started with `Command`; the
//! supervisor registers fork handlers so its own locks are never held across `fork()`.

use std::process::{Child, Command};
use std::time::Duration;

mod forksafe;
mod packed;

pub enum Restart {
    Never,
    OnFailure { max: u32 },
    Always,
}

pub struct Supervisor {
    cmd: Vec<String>,
    policy: Restart,
    backoff: Duration,
}

impl Supervisor {
    pub fn new(cmd: &[&str], policy: Restart) -> Self {
        forksafe::install();
        Supervisor { cmd: cmd.iter().map(|s| s.to_string()).collect(), policy, backoff: Duration::from_millis(250) }
    }

    fn spawn(&self) -> std::io::Result<Child> {
        Command::new(&self.cmd[0]).args(&self.cmd[1..]).spawn()
    }

    pub fn run(&mut self) -> std::io::Result<i32> {
        let mut failures = 0;
        loop {
            let status = self.spawn()?.wait()?;
            let code = status.code().unwrap_or(-1);
            let again = match self.policy {
                Restart::Never => false,
                Restart::Always => true,
                Restart::OnFailure { max } => !status.success() && failures < max,
            };
            if !again {
                return Ok(code);
            }
            failures += 1;
            std::thread::sleep(self.backoff * failures.min(8));
        }
    }
}
