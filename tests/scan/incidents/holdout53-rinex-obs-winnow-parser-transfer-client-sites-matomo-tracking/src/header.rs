//! RINEX header: fixed 60-column content followed by a label.

use std::collections::BTreeMap;

use winnow::ascii::{line_ending, till_line_ending};
use winnow::combinator::opt;
use winnow::error::ContextError;
use winnow::prelude::*;

use crate::Error;

/// A three-character observation code such as `C1C`, `L2W` or `S5Q`.
pub type ObsCode = String;

#[derive(Debug, Clone, Default)]
pub struct Header {
    pub version: f32,
    pub marker: String,
    pub receiver: String,
    pub approx_xyz: Option<[f64; 3]>,
    pub interval: Option<f64>,
    /// Observation types per constellation letter.
    pub obs_types: BTreeMap<char, Vec<ObsCode>>,
}

impl Header {
    pub fn parse(input: &mut &str) -> Result<Header, Error> {
        let mut h = Header::default();
        let mut pending: Option<(char, usize)> = None;
        loop {
            let line: &str = till_line_ending::<_, ContextError>
                .parse_next(input)
                .map_err(|_| Error::Header("eof".into()))?;
            let _ = opt(line_ending::<_, ContextError>).parse_next(input);
            if line.is_empty() && input.is_empty() {
                return Err(Error::Header("missing END OF HEADER".into()));
            }
            let (body, label) = if line.len() > 60 { line.split_at(60) } else { (line, "") };
            match label.trim() {
                "RINEX VERSION / TYPE" => {
                    h.version = body[..9].trim().parse().map_err(|_| Error::Header("version".into()))?;
                }
                "MARKER NAME" => h.marker = body.trim().to_string(),
                "REC # / TYPE / VERS" => h.receiver = body.get(20..40).unwrap_or("").trim().to_string(),
                "APPROX POSITION XYZ" => {
                    let v: Vec<f64> = body.split_whitespace().filter_map(|t| t.parse().ok()).collect();
                    if v.len() == 3 {
                        h.approx_xyz = Some([v[0], v[1], v[2]]);
                    }
                }
                "INTERVAL" => h.interval = body.trim().parse().ok(),
                "SYS / # / OBS TYPES" => {
                    let mut toks = body.split_whitespace();
                    let (sys, expected) = match (body.chars().next(), pending) {
                        (Some(c), _) if c != ' ' => {
                            toks.next();
                            let n: usize = toks.next().and_then(|t| t.parse().ok()).unwrap_or(0);
                            (c, n)
                        }
                        (_, Some(p)) => p,
                        _ => return Err(Error::Header("continuation without system".into())),
                    };
                    let list = h.obs_types.entry(sys).or_default();
                    list.extend(toks.map(str::to_string));
                    pending = if list.len() < expected { Some((sys, expected)) } else { None };
                }
                "END OF HEADER" => return Ok(h),
                _ => {}
            }
        }
    }

    /// Index of an observation code for a constellation.
    pub fn index_of(&self, sys: char, code: &str) -> Option<usize> {
        self.obs_types.get(&sys)?.iter().position(|c| c == code)
    }
}
