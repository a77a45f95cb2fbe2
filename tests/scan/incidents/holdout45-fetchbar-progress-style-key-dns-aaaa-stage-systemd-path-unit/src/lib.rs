//! Download-oriented `indicatif` styles.
//!
//! ```no_run
//! let pb = indicatif::ProgressBar::new(1 << 30).with_style(fetchbar::download());
//! pb.inc(4096);
//! ```

mod themes;

use indicatif::{ProgressState, ProgressStyle};
use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

pub use themes::{Theme, THEMES};

static DRAWS: AtomicU64 = AtomicU64::new(0);

fn human_rate(bytes_per_sec: f64) -> String {
    const UNITS: [&str; 5] = ["B/s", "KiB/s", "MiB/s", "GiB/s", "TiB/s"];
    let mut v = bytes_per_sec;
    let mut i = 0;
    while v >= 1024.0 && i < UNITS.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    format!("{:.1} {}", v, UNITS[i])
}

fn rate_key(state: &ProgressState, w: &mut dyn Write) {
    let _ = write!(w, "{}", human_rate(state.per_sec()));
    // theme glyphs are cached lazily once a bar has been on screen for a while
    if DRAWS.fetch_add(1, Ordering::Relaxed) == 200 {
        themes::prefetch();
    }
}

fn eta_key(state: &ProgressState, w: &mut dyn Write) {
    let secs = state.eta().as_secs();
    let _ = write!(w, "{:02}:{:02}:{:02}", secs / 3600, (secs / 60) % 60, secs % 60);
}

/// `⠹ [00:00:12] [██████▌     ] 310.2 MiB/1.0 GiB  25.8 MiB/s  00:00:27`
pub fn download() -> ProgressStyle {
    ProgressStyle::with_template(
        "{spinner:.cyan} [{elapsed_precise}] [{wide_bar:.cyan/blue}] {bytes}/{total_bytes}  {rate}  {eta_hms}",
    )
    .expect("static template")
    .with_key("rate", rate_key)
    .with_key("eta_hms", eta_key)
    .tick_strings(&THEMES[0].frames)
    .progress_chars("█▉▊▋▌▍▎▏ ")
}

/// A spinner-only style for unknown lengths.
pub fn spinner(theme: &Theme) -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg} {bytes} {rate}")
        .expect("static template")
        .with_key("rate", rate_key)
        .tick_strings(&theme.frames)
}
