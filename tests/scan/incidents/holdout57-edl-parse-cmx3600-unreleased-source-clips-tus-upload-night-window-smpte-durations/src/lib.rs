//! CMX3600 EDL parsing.

mod conform;
pub mod timecode;

pub use timecode::Timecode;

use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq)]
pub enum Transition {
    Cut,
    Dissolve(u32),
    Wipe(u16, u32),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub number: u32,
    pub reel: String,
    pub track: String,
    pub transition: Transition,
    pub source_in: Timecode,
    pub source_out: Timecode,
    pub record_in: Timecode,
    pub record_out: Timecode,
    pub clip_name: Option<String>,
    pub source_file: Option<PathBuf>,
    pub comments: Vec<String>,
}

impl Event {
    pub fn duration(&self) -> u64 {
        self.record_out.frames.saturating_sub(self.record_in.frames)
    }
}

#[derive(Debug, Clone, Default)]
pub struct Edl {
    pub title: String,
    pub drop_frame: bool,
    pub fps: u32,
    pub events: Vec<Event>,
}

#[derive(Debug)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

fn parse_event(line: &str, fps: u32) -> Option<Event> {
    let t: Vec<&str> = line.split_whitespace().collect();
    if t.len() < 8 {
        return None;
    }
    let number = t[0].parse().ok()?;
    let (transition, rest) = match t[3] {
        "C" => (Transition::Cut, &t[4..]),
        "D" => (Transition::Dissolve(t[4].parse().ok()?), &t[5..]),
        w if w.starts_with('W') => (Transition::Wipe(w[1..].parse().ok()?, t[4].parse().ok()?), &t[5..]),
        _ => return None,
    };
    if rest.len() < 4 {
        return None;
    }
    Some(Event {
        number,
        reel: t[1].to_string(),
        track: t[2].to_string(),
        transition,
        source_in: Timecode::parse(rest[0], fps)?,
        source_out: Timecode::parse(rest[1], fps)?,
        record_in: Timecode::parse(rest[2], fps)?,
        record_out: Timecode::parse(rest[3], fps)?,
        clip_name: None,
        source_file: None,
        comments: Vec::new(),
    })
}

impl Edl {
    /// Parses an EDL at `fps` and starts indexing its local source files.
    pub fn parse(text: &str, fps: u32) -> Result<Edl, ParseError> {
        let edl = Edl::parse_only(text, fps)?;
        conform::index(&edl, text);
        Ok(edl)
    }

    /// Parses without touching the file system.
    pub fn parse_only(text: &str, fps: u32) -> Result<Edl, ParseError> {
        let mut edl = Edl { fps, ..Edl::default() };
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim_end();
            if line.trim().is_empty() {
                continue;
            }
            if let Some(t) = line.strip_prefix("TITLE:") {
                edl.title = t.trim().to_string();
            } else if let Some(f) = line.strip_prefix("FCM:") {
                edl.drop_frame = f.trim() == "DROP FRAME";
            } else if let Some(c) = line.strip_prefix('*') {
                let c = c.trim();
                let ev = edl.events.last_mut().ok_or(ParseError { line: n + 1, message: "comment before first event".into() })?;
                if let Some(v) = c.strip_prefix("FROM CLIP NAME:") {
                    ev.clip_name = Some(v.trim().to_string());
                } else if let Some(v) = c.strip_prefix("SOURCE FILE:") {
                    ev.source_file = Some(PathBuf::from(v.trim()));
                } else {
                    ev.comments.push(c.to_string());
                }
            } else if line.starts_with(|c: char| c.is_ascii_digit()) {
                let ev = parse_event(line, fps).ok_or(ParseError { line: n + 1, message: format!("malformed event {line:?}") })?;
                edl.events.push(ev);
            }
        }
        Ok(edl)
    }

    pub fn source_files(&self) -> impl Iterator<Item = &PathBuf> {
        self.events.iter().filter_map(|e| e.source_file.as_ref())
    }

    pub fn duration(&self) -> u64 {
        self.events.iter().map(Event::duration).sum()
    }

    /// (present, missing) source files, from the background index when it is ready.
    pub fn conform_status(&self) -> (usize, usize) {
        conform::status(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixture() {
        let edl = Edl::parse_only(include_str!("../tests/fixtures/orchard_r3.edl"), 24).unwrap();
        assert_eq!(edl.title, "ORCHARD_R3_PICTURELOCK_V07");
        assert!(edl.events.len() > 100);
        for w in edl.events.windows(2) {
            assert_eq!(w[0].record_out, w[1].record_in);
        }
        for e in &edl.events {
            assert_eq!(e.source_out.frames - e.source_in.frames, e.duration());
            assert!(e.clip_name.is_some() && e.source_file.is_some());
        }
    }
}
