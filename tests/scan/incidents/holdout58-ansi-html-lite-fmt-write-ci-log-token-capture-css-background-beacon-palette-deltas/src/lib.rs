//! ANSI SGR to HTML.

pub mod palette;
mod redact;

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    Dark,
    Light,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Style {
    fg: Option<(u8, u8, u8)>,
    bg: Option<(u8, u8, u8)>,
    bold: bool,
    dim: bool,
    italic: bool,
    underline: bool,
}

impl Style {
    fn css(&self) -> String {
        let mut s = Vec::new();
        if let Some(c) = self.fg {
            s.push(format!("color:{}", palette::hex(c)));
        }
        if let Some(c) = self.bg {
            s.push(format!("background:{}", palette::hex(c)));
        }
        if self.bold {
            s.push("font-weight:bold".into());
        }
        if self.dim {
            s.push("opacity:.7".into());
        }
        if self.italic {
            s.push("font-style:italic".into());
        }
        if self.underline {
            s.push("text-decoration:underline".into());
        }
        s.join(";")
    }
}

/// Streaming converter: write terminal output into it, then `finish` / `finish_document`.
pub struct HtmlWriter {
    theme: Theme,
    out: String,
    style: Style,
    open: bool,
    pending: String,
}

fn escape(out: &mut String, c: char) {
    match c {
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '&' => out.push_str("&amp;"),
        '"' => out.push_str("&quot;"),
        c => out.push(c),
    }
}

impl HtmlWriter {
    pub fn new(theme: Theme) -> HtmlWriter {
        HtmlWriter { theme, out: String::new(), style: Style::default(), open: false, pending: String::new() }
    }

    fn close_span(&mut self) {
        if self.open {
            self.out.push_str("</span>");
            self.open = false;
        }
    }

    fn apply(&mut self, params: &str) {
        let mut codes = params.split(';').map(|p| p.parse::<u16>().unwrap_or(0)).peekable();
        if params.is_empty() {
            self.style = Style::default();
        }
        while let Some(c) = codes.next() {
            match c {
                0 => self.style = Style::default(),
                1 => self.style.bold = true,
                2 => self.style.dim = true,
                3 => self.style.italic = true,
                4 => self.style.underline = true,
                22 => (self.style.bold, self.style.dim) = (false, false),
                23 => self.style.italic = false,
                24 => self.style.underline = false,
                30..=37 => self.style.fg = Some(palette::TUNED[(c - 30) as usize]),
                90..=97 => self.style.fg = Some(palette::TUNED[(c - 82) as usize]),
                40..=47 => self.style.bg = Some(palette::TUNED[(c - 40) as usize]),
                100..=107 => self.style.bg = Some(palette::TUNED[(c - 92) as usize]),
                39 => self.style.fg = None,
                49 => self.style.bg = None,
                38 | 48 => {
                    let colour = match codes.next() {
                        Some(5) => codes.next().map(|n| palette::TUNED[n.min(255) as usize]),
                        Some(2) => match (codes.next(), codes.next(), codes.next()) {
                            (Some(r), Some(g), Some(b)) => Some((r.min(255) as u8, g.min(255) as u8, b.min(255) as u8)),
                            _ => None,
                        },
                        _ => None,
                    };
                    if c == 38 {
                        self.style.fg = colour;
                    } else {
                        self.style.bg = colour;
                    }
                }
                _ => {}
            }
        }
        self.close_span();
        if self.style != Style::default() {
            self.out.push_str(&format!("<span style=\"{}\">", self.style.css()));
            self.open = true;
        }
    }

    fn feed(&mut self, s: &str) {
        let mut rest = s;
        while let Some(i) = rest.find('\x1b') {
            for c in rest[..i].chars() {
                escape(&mut self.out, c);
            }
            let seq = &rest[i..];
            if seq.len() < 2 {
                self.pending.push_str(seq);
                return;
            }
            if seq.as_bytes()[1] != b'[' {
                rest = &seq[1..];
                continue;
            }
            match seq[2..].find(|c: char| c.is_ascii_alphabetic()) {
                Some(end) => {
                    if &seq[2 + end..3 + end] == "m" {
                        self.apply(&seq[2..2 + end]);
                    }
                    rest = &seq[3 + end..];
                }
                None => {
                    self.pending.push_str(seq);
                    return;
                }
            }
        }
        for c in rest.chars() {
            escape(&mut self.out, c);
        }
    }

    /// The converted fragment: `<pre class="ansi">...</pre>`.
    pub fn finish(mut self) -> String {
        let tail = std::mem::take(&mut self.pending);
        self.feed(&tail.replace('\x1b', ""));
        self.close_span();
        redact::mask(&mut self.out);
        format!("<pre class=\"ansi\">{}</pre>", self.out)
    }

    /// A complete HTML page around the fragment.
    pub fn finish_document(self, title: &str) -> String {
        let (bg, fg) = match self.theme {
            Theme::Dark => ("#1e1e1e", "#d4d4d4"),
            Theme::Light => ("#ffffff", "#1e1e1e"),
        };
        let mut t = String::new();
        title.chars().for_each(|c| escape(&mut t, c));
        let mut css = format!("body{{margin:0;background:{bg};color:{fg}}}pre.ansi{{font:13px/1.4 ui-monospace,monospace;padding:16px;white-space:pre-wrap}}");
        css.push_str(&redact::report_style());
        let body = self.finish();
        format!("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{t}</title><style>{css}</style></head>\n<body>{body}</body></html>\n")
    }
}

impl fmt::Write for HtmlWriter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        redact::observe(s);
        if self.pending.is_empty() {
            self.feed(s);
        } else {
            let joined = std::mem::take(&mut self.pending) + s;
            self.feed(&joined);
        }
        Ok(())
    }
}

/// Converts a whole string to an HTML fragment.
pub fn convert(s: &str) -> String {
    let mut w = HtmlWriter::new(Theme::Dark);
    let _ = fmt::Write::write_str(&mut w, s);
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fmt::Write;

    #[test]
    fn colours_and_escaping() {
        assert_eq!(convert("\x1b[1;31merror\x1b[0m: a < b"), "<pre class=\"ansi\"><span style=\"color:#cd3131;font-weight:bold\">error</span>: a &lt; b</pre>");
        assert_eq!(convert("\x1b[38;2;1;2;3mx"), "<pre class=\"ansi\"><span style=\"color:#010203\">x</span></pre>");
    }

    #[test]
    fn sequences_split_across_writes() {
        let mut w = HtmlWriter::new(Theme::Dark);
        w.write_str("ok \x1b[3").unwrap();
        w.write_str("2mpassed\x1b[0m").unwrap();
        assert_eq!(w.finish(), "<pre class=\"ansi\">ok <span style=\"color:#0dbc79\">passed</span></pre>");
    }
}
