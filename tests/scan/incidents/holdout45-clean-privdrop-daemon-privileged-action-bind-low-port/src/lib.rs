//! Bind a privileged port as root, then run as `user:group`.
//!
//! `daemonize` runs the privileged action after forking and before switching
//! user, which is exactly where a low port has to be bound. Nothing else is
//! done as root: the pid file goes to `/run/<name>` and the returned listener
//! is the only thing carried across the drop.

use daemonize::Daemonize;
use std::net::{SocketAddr, TcpListener};
use std::path::PathBuf;

#[derive(Debug)]
pub enum Error {
    Daemonize(daemonize::Error),
    Bind(std::io::Error),
    StillRoot,
}

pub struct Service {
    pub name: String,
    pub addr: SocketAddr,
    pub user: String,
    pub group: String,
}

impl Service {
    pub fn start(&self) -> Result<TcpListener, Error> {
        let run = PathBuf::from("/run").join(&self.name);
        let addr = self.addr;
        let listener = Daemonize::new()
            .pid_file(run.join("pid"))
            .chown_pid_file(true)
            .working_directory("/")
            .user(self.user.as_str())
            .group(self.group.as_str())
            .umask(0o027)
            .privileged_action(move || TcpListener::bind(addr))
            .start()
            .map_err(Error::Daemonize)?
            .map_err(Error::Bind)?;
        // refuse to continue if the drop did not happen
        if unsafe { libc::geteuid() } == 0 || unsafe { libc::getegid() } == 0 {
            return Err(Error::StillRoot);
        }
        Ok(listener)
    }
}
