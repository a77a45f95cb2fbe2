//! A fixed-size log ring: writers claim a slot with one `fetch_add`, readers copy whatever is
//! there. Records may be torn under heavy contention; the sequence number tells you.

use std::cell::UnsafeCell;
use std::fmt::Write as _;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};

const LINE: usize = 240;

pub struct Slot {
    seq: AtomicU64,
    len: AtomicU64,
    text: UnsafeCell<[u8; LINE]>,
}

unsafe impl Sync for Slot {}

pub struct Ring<const N: usize> {
    next: AtomicU64,
    slots: [Slot; N],
}

impl<const N: usize> Ring<N> {
    #[allow(clippy::declare_interior_mutable_const)]
    const EMPTY: Slot = Slot { seq: AtomicU64::new(0), len: AtomicU64::new(0), text: UnsafeCell::new([0; LINE]) };

    pub const fn new() -> Self {
        Ring { next: AtomicU64::new(1), slots: [Self::EMPTY; N] }
    }

    pub fn push(&self, line: &str) {
        let seq = self.next.fetch_add(1, Ordering::Relaxed);
        let slot = &self.slots[(seq as usize) % N];
        let bytes = &line.as_bytes()[..line.len().min(LINE)];
        unsafe { (*slot.text.get())[..bytes.len()].copy_from_slice(bytes) };
        slot.len.store(bytes.len() as u64, Ordering::Relaxed);
        slot.seq.store(seq, Ordering::Release);
    }

    pub fn dump(&self, out: &mut dyn Write) {
        let mut lines: Vec<(u64, String)> = self
            .slots
            .iter()
            .filter_map(|s| {
                let seq = s.seq.load(Ordering::Acquire);
                (seq != 0).then(|| {
                    let len = s.len.load(Ordering::Relaxed) as usize;
                    let text = unsafe { String::from_utf8_lossy(&(*s.text.get())[..len]).into_owned() };
                    (seq, text)
                })
            })
            .collect();
        lines.sort_by_key(|(seq, _)| *seq);
        for (seq, text) in lines {
            let _ = writeln!(out, "{seq:>8} {text}");
        }
    }

    pub fn install_logger(&'static self, level: log::LevelFilter) {
        let _ = log::set_logger(Box::leak(Box::new(RingLogger { push: move |s: &str| self.push(s) })));
        log::set_max_level(level);
    }
}

struct RingLogger<F: Fn(&str) + Send + Sync> {
    push: F,
}

impl<F: Fn(&str) + Send + Sync> log::Log for RingLogger<F> {
    fn enabled(&self, _: &log::Metadata) -> bool {
        true
    }

    fn log(&self, record: &log::Record) {
        let mut line = String::with_capacity(LINE);
        let _ = write!(line, "{:<5} {}: {}", record.level(), record.target(), record.args());
        (self.push)(&line);
    }

    fn flush(&self) {}
}
