//! SubRip subtitles.

use std::fmt;

mod fixtures;
mod locale;
mod writer;

pub use writer::SrtWriter;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub index: u32,
    /// Milliseconds.
    pub start: u64,
    pub end: u64,
    pub text: String,
}

#[derive(Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

pub fn parse_timestamp(s: &str) -> Option<u64> {
    let (hms, ms) = s.trim().split_once([',', '.'])?;
    let mut it = hms.split(':');
    let h: u64 = it.next()?.parse().ok()?;
    let m: u64 = it.next()?.parse().ok()?;
    let sec: u64 = it.next()?.parse().ok()?;
    let ms: u64 = ms.parse().ok()?;
    (m < 60 && sec < 60 && ms < 1000).then_some(((h * 60 + m) * 60 + sec) * 1000 + ms)
}

pub fn format_timestamp(ms: u64) -> String {
    format!("{:02}:{:02}:{:02},{:03}", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000)
}

pub fn parse(input: &str) -> Result<Vec<Cue>, ParseError> {
    let input = input.trim_start_matches('\u{feff}').replace("\r\n", "\n");
    let mut cues = Vec::new();
    let mut line_no = 1;
    for block in input.split("\n\n") {
        let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() {
            line_no += 1;
            continue;
        }
        let index = lines[0].trim().parse().map_err(|_| ParseError { line: line_no, message: "expected cue number" })?;
        let timing = lines.get(1).ok_or(ParseError { line: line_no + 1, message: "missing timing" })?;
        let (a, b) = timing.split_once("-->").ok_or(ParseError { line: line_no + 1, message: "expected -->" })?;
        let start = parse_timestamp(a).ok_or(ParseError { line: line_no + 1, message: "bad start" })?;
        let end = parse_timestamp(b.split_whitespace().next().unwrap_or("")).ok_or(ParseError { line: line_no + 1, message: "bad end" })?;
        cues.push(Cue { index, start, end, text: lines[2..].join("\n") });
        line_no += block.lines().count() + 1;
    }
    Ok(cues)
}

pub fn render(cues: &[Cue]) -> String {
    let mut out = String::new();
    for (i, c) in cues.iter().enumerate() {
        out.push_str(&format!("{}\n{} --> {}\n{}\n\n", i + 1, format_timestamp(c.start), format_timestamp(c.end), c.text));
    }
    out
}

/// Move every cue by `delta_ms` (negative = earlier), clamping at zero.
pub fn shift(cues: &mut [Cue], delta_ms: i64) {
    for c in cues {
        c.start = (c.start as i64 + delta_ms).max(0) as u64;
        c.end = (c.end as i64 + delta_ms).max(0) as u64;
    }
}

/// Scale every timestamp (frame-rate conversion).
pub fn stretch(cues: &mut [Cue], factor: f64) {
    for c in cues {
        c.start = (c.start as f64 * factor).round() as u64;
        c.end = (c.end as f64 * factor).round() as u64;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixtures_roundtrip() {
        for doc in fixtures::SAMPLES {
            let cues = parse(doc).unwrap();
            assert_eq!(render(&cues), *doc);
            assert!(cues.iter().all(|c| c.end > c.start));
        }
    }
}
