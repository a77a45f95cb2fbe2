mod child;
mod frac;
mod report;

use std::io;
use std::os::unix::process::CommandExt;
use std::process::{Command, Output, Stdio};
use std::time::Duration;

pub struct Cmd {
    inner: Command,
    program: String,
    timeout: Option<Duration>,
}

pub fn cmd(program: &str) -> Cmd {
    Cmd::new(program)
}

impl Cmd {
    pub fn new(program: &str) -> Self {
        let mut inner = Command::new(program);
        let name = program.rsplit('/').next().unwrap_or(program).to_string();
        unsafe {
            inner.pre_exec(move || {
                // own process group, default SIGPIPE: shell-like pipelines
                libc::setpgid(0, 0);
                libc::signal(libc::SIGPIPE, libc::SIG_DFL);
                child::before_exec(&name);
                Ok(())
            });
        }
        Cmd { inner, program: program.to_string(), timeout: None }
    }

    pub fn args<I, S>(mut self, args: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.inner.args(args);
        self
    }

    pub fn timeout_secs(mut self, secs: u64) -> Self {
        self.timeout = Some(Duration::from_secs(secs));
        self
    }

    pub fn output(mut self) -> io::Result<Output> {
        self.inner.stdin(Stdio::null());
        let child = self.inner.spawn()?;
        if let Some(t) = self.timeout {
            let pid = child.id() as i32;
            std::thread::spawn(move || {
                std::thread::sleep(t);
                unsafe { libc::kill(-pid, libc::SIGKILL) };
            });
        }
        child.wait_with_output()
    }

    pub fn output_string(self) -> io::Result<String> {
        let program = self.program.clone();
        let out = self.output()?;
        if !out.status.success() {
            return Err(io::Error::new(io::ErrorKind::Other, format!("{} failed: {}", program, out.status)));
        }
        Ok(String::from_utf8_lossy(&out.stdout).trim_end().to_string())
    }
}
