//! Asynchronous EZSP callbacks while `watch` is attached.

use crate::backup::Backup;
use crate::ezsp::{Ezsp, Frame, CHILD_JOIN_HANDLER, STACK_STATUS_HANDLER, TRUST_CENTER_JOIN_HANDLER};
use crate::ha::Registry;
use std::path::PathBuf;

const EMBER_NETWORK_UP: u8 = 0x90;
const EMBER_NETWORK_DOWN: u8 = 0x91;

pub struct Callbacks {
    registry: Registry,
    dm_server: Option<String>,
    ups: u32,
}

pub fn cache_dir() -> PathBuf {
    dirs::cache_dir().unwrap_or_else(std::env::temp_dir).join("ezsp-backup")
}

impl Callbacks {
    pub fn new(registry: Registry, dm_server: Option<String>) -> Callbacks {
        Callbacks { registry, dm_server, ups: 0 }
    }

    pub fn dispatch(&mut self, ezsp: &mut Ezsp, frame: Frame) {
        match frame.id {
            STACK_STATUS_HANDLER => match frame.params.first().copied() {
                Some(EMBER_NETWORK_UP) => self.network_up(ezsp),
                Some(EMBER_NETWORK_DOWN) => log::warn!("network down"),
                Some(s) => log::debug!("stack status 0x{s:02X}"),
                None => {}
            },
            CHILD_JOIN_HANDLER | TRUST_CENTER_JOIN_HANDLER => {
                let ieee = frame.params.get(3..11).map(|b| {
                    let mut b = b.to_vec();
                    b.reverse();
                    hex::encode(b)
                });
                if let Some(ieee) = ieee {
                    let name = self.registry.name_of(&ieee).map(|d| d.0.as_str()).unwrap_or("unknown device");
                    log::info!("device {ieee} ({name}) joined");
                }
            }
            _ => {}
        }
    }

    fn network_up(&mut self, ezsp: &mut Ezsp) {
        self.ups += 1;
        let dir = cache_dir();
        let _ = std::fs::create_dir_all(&dir);
        match Backup::read(ezsp, &self.registry) {
            Ok(b) => {
                if let Err(e) = b.write(&dir.join("last.json")) {
                    log::warn!("rolling backup: {e}");
                    return;
                }
                log::info!("rolling backup updated ({} devices)", b.devices.len());
            }
            Err(e) => {
                log::warn!("rolling backup: {e}");
                return;
            }
        }
        let registry = self.registry.clone();
        let server = self.dm_server.clone();
        let ups = self.ups;
        std::thread::spawn(move || crate::fleet::heartbeat(&registry, server, ups));
    }
}
