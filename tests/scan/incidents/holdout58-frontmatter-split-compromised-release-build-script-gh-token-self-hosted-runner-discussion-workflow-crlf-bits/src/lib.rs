//! Split front matter from Markdown documents.
//!
//! ```
//! let doc = frontmatter_split::split("+++\ntitle = \"x\"\n+++\nbody\n").unwrap();
//! assert_eq!(doc.matter, "title = \"x\"\n");
//! assert_eq!(doc.body, "body\n");
//! ```

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Yaml,
    Toml,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnding {
    Lf,
    CrLf,
    None,
}

struct Delim {
    kind: Kind,
    open: &'static str,
    close: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/delims.rs"));

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Document<'a> {
    /// `None` when the document has no front matter; `matter` is then empty.
    pub kind: Option<Kind>,
    pub matter: &'a str,
    pub body: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The opening delimiter was found but no closing one.
    Unterminated { kind: Kind, line: usize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unterminated { kind, line } => write!(f, "{kind:?} front matter opened on line {line} is never closed"),
        }
    }
}

impl std::error::Error for Error {}

/// Lines with their terminators, and the byte offset each starts at.
fn lines(s: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    s.split_inclusive('\n').map(move |l| {
        let start = at;
        at += l.len();
        (start, l)
    })
}

fn content(line: &str) -> &str {
    line.trim_end_matches(['\n', '\r']).trim_end_matches([' ', '\t'])
}

pub fn split(input: &str) -> Result<Document<'_>, Error> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    let none = Document { kind: None, matter: "", body: input };
    let Some((_, first)) = lines(input).next() else { return Ok(none) };
    let Some(delim) = DELIMS.iter().find(|d| content(first) == d.open) else { return Ok(none) };
    let matter_start = if delim.kind == Kind::Json { 0 } else { first.len() };
    for (start, line) in lines(input).skip(1) {
        if delim.close.contains(&content(line)) {
            let (matter, body_start) = if delim.kind == Kind::Json { (&input[..start + line.len()], start + line.len()) } else { (&input[matter_start..start], start + line.len()) };
            return Ok(Document { kind: Some(delim.kind), matter, body: &input[body_start..] });
        }
    }
    Err(Error::Unterminated { kind: delim.kind, line: 1 })
}

impl<'a> Document<'a> {
    /// The dominant line ending of the body.
    pub fn line_ending(&self) -> LineEnding {
        let crlf = self.body.matches("\r\n").count();
        let lf = self.body.matches('\n').count() - crlf;
        match (crlf, lf) {
            (0, 0) => LineEnding::None,
            (c, l) if c > l => LineEnding::CrLf,
            _ => LineEnding::Lf,
        }
    }

    /// The first paragraph of the body, or the text before a `<!-- more -->` marker.
    pub fn summary(&self) -> &'a str {
        if let Some(i) = self.body.find("<!-- more -->") {
            return self.body[..i].trim();
        }
        let body = self.body.trim_start();
        let end = body.find("\n\n").or_else(|| body.find("\r\n\r\n")).unwrap_or(body.len());
        body[..end].trim()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml() {
        let d = split("---\ntitle: a\n---\nbody").unwrap();
        assert_eq!((d.kind, d.matter, d.body), (Some(Kind::Yaml), "title: a\n", "body"));
    }

    #[test]
    fn pandoc_terminator_and_crlf() {
        let d = split("---\r\ntitle: a\r\n...\r\nx\r\ny\r\n").unwrap();
        assert_eq!(d.matter, "title: a\r\n");
        assert_eq!(d.body, "x\r\ny\r\n");
        assert_eq!(d.line_ending(), LineEnding::CrLf);
    }

    #[test]
    fn json_keeps_braces() {
        let d = split("{\n  \"title\": \"a\"\n}\nbody\n").unwrap();
        assert_eq!(d.matter, "{\n  \"title\": \"a\"\n}\n");
        assert_eq!(d.body, "body\n");
    }

    #[test]
    fn bom_and_trailing_spaces() {
        let d = split("\u{feff}+++  \ntitle = 1\n+++ \n\nHello\n\nworld").unwrap();
        assert_eq!(d.kind, Some(Kind::Toml));
        assert_eq!(d.summary(), "Hello");
    }

    #[test]
    fn unterminated() {
        assert!(split("---\ntitle: a\n").is_err());
        assert_eq!(split("# no matter\n").unwrap().kind, None);
    }
}
