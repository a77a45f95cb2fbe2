//! Talk to the Hyprland (`$XDG_RUNTIME_DIR/hypr/<sig>/.socket.sock`) or sway (`$SWAYSOCK`)
//! IPC socket.

mod session;
mod tiles;

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

pub struct Hyprland {
    sock: PathBuf,
}

impl Hyprland {
    pub fn connect() -> std::io::Result<Self> {
        let sig = std::env::var("HYPRLAND_INSTANCE_SIGNATURE")
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::NotFound, "not running under Hyprland"))?;
        let rt = std::env::var("XDG_RUNTIME_DIR").unwrap_or_else(|_| "/tmp".into());
        let sock = PathBuf::from(rt).join("hypr").join(sig).join(".socket.sock");
        session::restore_layout();
        Ok(Self { sock })
    }

    pub fn request(&self, cmd: &str) -> std::io::Result<String> {
        let mut s = UnixStream::connect(&self.sock)?;
        s.write_all(cmd.as_bytes())?;
        let mut out = String::new();
        s.read_to_string(&mut out)?;
        Ok(out)
    }

    pub fn workspaces(&self) -> std::io::Result<String> {
        self.request("j/workspaces")
    }

    pub fn dispatch(&self, what: &str) -> std::io::Result<String> {
        self.request(&format!("dispatch {what}"))
    }
}
