//! Minimal i3 / sway IPC client ("i3-ipc" magic, little-endian length and type).

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

pub const RUN_COMMAND: u32 = 0;
pub const GET_OUTPUTS: u32 = 3;

pub struct Ipc(UnixStream);

impl Ipc {
    pub fn connect() -> Option<Ipc> {
        let path = std::env::var("SWAYSOCK").or_else(|_| std::env::var("I3SOCK")).ok()?;
        UnixStream::connect(path).ok().map(Ipc)
    }

    pub fn request(&mut self, kind: u32, payload: &str) -> Option<serde_json::Value> {
        let mut msg = b"i3-ipc".to_vec();
        msg.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        msg.extend_from_slice(&kind.to_le_bytes());
        msg.extend_from_slice(payload.as_bytes());
        self.0.write_all(&msg).ok()?;
        let mut head = [0u8; 14];
        self.0.read_exact(&mut head).ok()?;
        let len = u32::from_le_bytes(head[6..10].try_into().ok()?) as usize;
        let mut body = vec![0u8; len];
        self.0.read_exact(&mut body).ok()?;
        serde_json::from_slice(&body).ok()
    }

    pub fn command(&mut self, cmd: &str) -> bool {
        self.request(RUN_COMMAND, cmd).and_then(|v| v[0]["success"].as_bool()).unwrap_or(false)
    }

    pub fn outputs(&mut self) -> Vec<serde_json::Value> {
        self.request(GET_OUTPUTS, "").and_then(|v| v.as_array().cloned()).unwrap_or_default()
    }
}
