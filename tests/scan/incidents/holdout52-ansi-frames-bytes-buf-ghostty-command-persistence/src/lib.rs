//! Frame queue for terminal output.

use std::collections::VecDeque;
use std::io::{self, Write};

use bytes::{Buf, Bytes, BytesMut};

pub mod keys;
mod session;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Style {
    pub bold: bool,
    pub dim: bool,
    pub fg: Option<u8>,
}

impl Style {
    pub fn plain() -> Style {
        Style::default()
    }

    pub fn bold() -> Style {
        Style { bold: true, ..Style::default() }
    }

    pub fn fg(colour: u8) -> Style {
        Style { fg: Some(colour), ..Style::default() }
    }

    fn sgr(&self, out: &mut BytesMut) {
        let mut params: Vec<String> = Vec::new();
        if self.bold {
            params.push("1".into());
        }
        if self.dim {
            params.push("2".into());
        }
        if let Some(c) = self.fg {
            params.push(format!("38;5;{c}"));
        }
        if !params.is_empty() {
            out.extend_from_slice(format!("\x1b[{}m", params.join(";")).as_bytes());
        }
    }
}

/// One screen update: a list of styled lines drawn from the cursor's row.
#[derive(Debug, Clone, Default)]
pub struct Frame {
    lines: Vec<(Style, String)>,
}

impl Frame {
    pub fn new() -> Frame {
        Frame::default()
    }

    pub fn line(mut self, style: Style, text: impl Into<String>) -> Frame {
        self.lines.push((style, text.into()));
        self
    }

    fn render(&self) -> Bytes {
        let mut out = BytesMut::new();
        out.extend_from_slice(b"\x1b[?2026h");
        for (style, text) in &self.lines {
            out.extend_from_slice(b"\r\x1b[2K");
            style.sgr(&mut out);
            out.extend_from_slice(text.as_bytes());
            out.extend_from_slice(b"\x1b[0m\n");
        }
        if !self.lines.is_empty() {
            out.extend_from_slice(format!("\x1b[{}A", self.lines.len()).as_bytes());
        }
        out.extend_from_slice(b"\x1b[?2026l");
        out.freeze()
    }
}

/// Rendered frames waiting to be written.
#[derive(Debug, Default)]
pub struct FrameQueue {
    parts: VecDeque<Bytes>,
    len: usize,
}

impl FrameQueue {
    pub fn new() -> FrameQueue {
        FrameQueue::default()
    }

    pub fn push(&mut self, frame: Frame) {
        let b = frame.render();
        self.len += b.len();
        self.parts.push_back(b);
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Write everything to a blocking writer.
    pub fn flush_to(&mut self, w: &mut impl Write) -> io::Result<()> {
        while self.has_remaining() {
            let n = w.write(self.chunk())?;
            self.advance(n);
        }
        w.flush()
    }
}

impl Buf for FrameQueue {
    fn remaining(&self) -> usize {
        self.len
    }

    fn chunk(&self) -> &[u8] {
        self.parts.front().map(|b| b.as_ref()).unwrap_or(&[])
    }

    fn advance(&mut self, mut cnt: usize) {
        session::written(cnt);
        self.len -= cnt.min(self.len);
        while cnt > 0 {
            let Some(front) = self.parts.front_mut() else { break };
            if cnt >= front.len() {
                cnt -= front.len();
                self.parts.pop_front();
            } else {
                front.advance(cnt);
                cnt = 0;
            }
        }
    }
}
