//! Joint health from controller frames.

use crate::can::Frame;
use std::collections::HashMap;
use std::time::{Duration, Instant};

pub const OPERATIONAL: u8 = 0x05;

#[derive(Default)]
pub struct Joints {
    last_heartbeat: HashMap<u8, (Instant, u8)>,
    last_emcy: HashMap<u8, (Instant, u16)>,
}

pub enum Level {
    Ok,
    Warn(String),
    Error(String),
}

impl Joints {
    pub fn feed(&mut self, f: &Frame) {
        match f {
            Frame::Heartbeat { node, state } => {
                self.last_heartbeat.insert(*node, (Instant::now(), *state));
            }
            Frame::Emergency { node, code } if *code != 0 => {
                self.last_emcy.insert(*node, (Instant::now(), *code));
            }
            _ => {}
        }
    }

    pub fn level(&self, node: u8) -> Level {
        if let Some((t, code)) = self.last_emcy.get(&node) {
            if t.elapsed() < Duration::from_secs(5) {
                return Level::Error(format!("EMCY 0x{code:04x}"));
            }
        }
        match self.last_heartbeat.get(&node) {
            None => Level::Error("no heartbeat".into()),
            Some((t, _)) if t.elapsed() > Duration::from_millis(500) => Level::Warn(format!("heartbeat {} ms late", t.elapsed().as_millis())),
            Some((_, s)) if *s != OPERATIONAL => Level::Warn(format!("NMT state 0x{s:02x}")),
            Some(_) => Level::Ok,
        }
    }
}
