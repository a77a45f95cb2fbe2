//! GEDCOM parser.

mod error;
mod hint;
mod samples;
mod usage;

pub use error::{Kind, ParseError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub level: u8,
    pub xref: Option<String>,
    pub tag: String,
    pub value: String,
}

#[derive(Debug, Clone, Default)]
pub struct Tree {
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Individual {
    pub xref: String,
    pub name: String,
    pub sex: Option<char>,
    pub born: Option<i32>,
    pub died: Option<i32>,
}

/// Year of a GEDCOM date ("ABT 1872", "12 MAR 1901", "BET 1850 AND 1855").
pub fn year(date: &str) -> Option<i32> {
    date.split_whitespace().filter_map(|w| w.parse::<i32>().ok()).find(|y| (100..3000).contains(y))
}

pub fn parse(input: &str) -> Result<Tree, ParseError> {
    let mut lines = Vec::new();
    let mut prev_level: i32 = -1;
    for (i, raw) in input.trim_start_matches('\u{feff}').lines().enumerate() {
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() {
            continue;
        }
        let mut parts = raw.splitn(3, ' ');
        let level: u8 = parts
            .next()
            .and_then(|l| l.parse().ok())
            .ok_or(ParseError { line: i + 1, kind: Kind::BadLevel })?;
        if level as i32 > prev_level + 1 {
            return Err(ParseError { line: i + 1, kind: Kind::LevelJump { from: prev_level.max(0) as u8, to: level } });
        }
        prev_level = level as i32;
        let mut tag = parts.next().ok_or(ParseError { line: i + 1, kind: Kind::MissingTag })?.to_string();
        let mut rest = parts.next().unwrap_or("").to_string();
        let mut xref = None;
        if tag.starts_with('@') {
            xref = Some(tag.trim_matches('@').to_string());
            let mut r = rest.splitn(2, ' ');
            tag = r.next().unwrap_or("").to_string();
            rest = r.next().unwrap_or("").to_string();
            if tag.is_empty() {
                return Err(ParseError { line: i + 1, kind: Kind::MissingTag });
            }
        }
        lines.push(Line { level, xref, tag, value: rest });
    }
    if lines.first().map(|l| l.tag.as_str()) != Some("HEAD") {
        return Err(ParseError { line: 1, kind: Kind::NoHeader });
    }
    Ok(Tree { lines })
}

impl Tree {
    pub fn individuals(&self) -> Vec<Individual> {
        let mut out: Vec<Individual> = Vec::new();
        let mut event = "";
        for l in &self.lines {
            match (l.level, l.tag.as_str()) {
                (0, "INDI") => out.push(Individual { xref: l.xref.clone().unwrap_or_default(), ..Default::default() }),
                (0, _) => event = "",
                (1, "NAME") => {
                    if let Some(p) = out.last_mut() {
                        p.name = l.value.replace('/', "").trim().to_string();
                    }
                }
                (1, "SEX") => {
                    if let Some(p) = out.last_mut() {
                        p.sex = l.value.chars().next();
                    }
                }
                (1, t) => event = if t == "BIRT" || t == "DEAT" { if t == "BIRT" { "b" } else { "d" } } else { "" },
                (2, "DATE") => {
                    if let Some(p) = out.last_mut() {
                        match event {
                            "b" => p.born = year(&l.value),
                            "d" => p.died = year(&l.value),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }
}
