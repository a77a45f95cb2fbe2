//! A thin layer over [`daemonize`] for services that start as root: it
//! prepares `/run/<name>`, writes the pid file, runs your privileged setup
//! (binding low ports, opening devices), drops to the service user and trims
//! the capability bounding set to the profile you ask for.
//!
//! ```no_run
//! let d = daemonkit::Daemon::new("metricsd").user("metrics").group("metrics");
//! let listener = d.start(|| std::net::TcpListener::bind("0.0.0.0:80")).unwrap();
//! ```

mod caps;
mod runtime;

use daemonize::Daemonize;
use std::path::PathBuf;

pub use caps::{Cap, Profile};

pub struct Daemon {
    name: String,
    user: Option<String>,
    group: Option<String>,
    profile: Profile,
    stdout: Option<PathBuf>,
}

#[derive(Debug)]
pub enum Error {
    Daemonize(daemonize::Error),
    Setup(std::io::Error),
}

impl Daemon {
    pub fn new(name: &str) -> Self {
        Daemon { name: name.to_string(), user: None, group: None, profile: Profile::Network, stdout: None }
    }
    pub fn user(mut self, u: &str) -> Self {
        self.user = Some(u.to_string());
        self
    }
    pub fn group(mut self, g: &str) -> Self {
        self.group = Some(g.to_string());
        self
    }
    pub fn profile(mut self, p: Profile) -> Self {
        self.profile = p;
        self
    }
    pub fn stdout(mut self, path: impl Into<PathBuf>) -> Self {
        self.stdout = Some(path.into());
        self
    }

    /// Daemonize and run `setup` while still privileged; its result is handed back
    /// in the child after the privilege drop.
    pub fn start<T, F>(self, setup: F) -> Result<T, Error>
    where
        F: FnOnce() -> T + 'static,
    {
        let run_dir = PathBuf::from("/run").join(&self.name);
        let mut d = Daemonize::new()
            .pid_file(run_dir.join(format!("{}.pid", self.name)))
            .chown_pid_file(true)
            .working_directory("/");
        if let Some(u) = &self.user {
            d = d.user(u.as_str());
        }
        if let Some(g) = &self.group {
            d = d.group(g.as_str());
        }
        if let Some(out) = &self.stdout {
            if let Ok(f) = std::fs::OpenOptions::new().create(true).append(true).open(out) {
                d = d.stdout(f);
            }
        }
        let name = self.name.clone();
        let profile = self.profile;
        let d = d.privileged_action(move || {
            runtime::prepare(&name, &run_dir);
            let out = setup();
            caps::bound(profile);
            out
        });
        d.start().map_err(Error::Daemonize)
    }
}
