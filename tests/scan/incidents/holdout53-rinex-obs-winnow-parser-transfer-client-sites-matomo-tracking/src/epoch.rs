//! Observation epochs (`> yyyy mm dd hh mm ss.sssssss  f nn`).

use winnow::ascii::{line_ending, till_line_ending};
use winnow::combinator::opt;
use winnow::error::{ContextError, ErrMode};
use winnow::prelude::*;

use crate::header::Header;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EpochFlag {
    Ok,
    PowerFailure,
    Event(u8),
}

#[derive(Debug, Clone)]
pub struct SatObs {
    pub id: String,
    pub values: Vec<Option<f64>>,
}

impl SatObs {
    pub fn system(&self) -> char {
        self.id.chars().next().unwrap_or('G')
    }

    pub fn snr(&self, header: &Header, code: &str) -> Option<f64> {
        let i = header.index_of(self.system(), code)?;
        self.values.get(i).copied().flatten()
    }
}

#[derive(Debug, Clone)]
pub struct Epoch {
    /// year, month, day, hour, minute
    pub time: (u16, u8, u8, u8, u8),
    pub second: f64,
    pub flag: EpochFlag,
    pub clock_offset: Option<f64>,
    pub sats: Vec<SatObs>,
}

/// Parses one epoch record; the header supplies the number of observation
/// columns per constellation.
pub struct EpochParser<'h> {
    header: &'h Header,
    parsed: u64,
}

impl<'h> EpochParser<'h> {
    pub fn new(header: &'h Header) -> Self {
        EpochParser { header, parsed: 0 }
    }

    pub fn parsed(&self) -> u64 {
        self.parsed
    }
}

fn backtrack<T>() -> PResult<T, ContextError> {
    Err(ErrMode::Backtrack(ContextError::new()))
}

fn line<'s>(input: &mut &'s str) -> PResult<&'s str, ContextError> {
    let l = till_line_ending::<_, ContextError>.parse_next(input)?;
    let _ = opt(line_ending::<_, ContextError>).parse_next(input)?;
    Ok(l)
}

impl<'s, 'h> Parser<&'s str, Epoch, ContextError> for EpochParser<'h> {
    fn parse_next(&mut self, input: &mut &'s str) -> PResult<Epoch, ContextError> {
        let head = line(input)?;
        if !head.starts_with('>') || head.len() < 35 {
            return backtrack();
        }
        let num = |r: std::ops::Range<usize>| head.get(r).map(str::trim).unwrap_or("");
        let time = (
            num(2..6).parse().or_else(|_| backtrack())?,
            num(7..9).parse().or_else(|_| backtrack())?,
            num(10..12).parse().or_else(|_| backtrack())?,
            num(13..15).parse().or_else(|_| backtrack())?,
            num(16..18).parse().or_else(|_| backtrack())?,
        );
        let second: f64 = num(18..29).parse().or_else(|_| backtrack())?;
        let flag = match num(31..32) {
            "0" => EpochFlag::Ok,
            "1" => EpochFlag::PowerFailure,
            f => EpochFlag::Event(f.parse().unwrap_or(6)),
        };
        let count: usize = num(32..35).parse().or_else(|_| backtrack())?;
        let clock_offset = head.get(41..56).and_then(crate::f14);

        let mut sats = Vec::with_capacity(count);
        if flag == EpochFlag::Ok || flag == EpochFlag::PowerFailure {
            for _ in 0..count {
                let l = line(input)?;
                if l.len() < 3 {
                    return backtrack();
                }
                let id = l[..3].replace(' ', "0");
                let sys = id.chars().next().unwrap_or('G');
                let ncols = self.header.obs_types.get(&sys).map(Vec::len).unwrap_or(0);
                let values = (0..ncols)
                    .map(|k| l.get(3 + k * 16..3 + k * 16 + 14).and_then(crate::f14))
                    .collect();
                sats.push(SatObs { id, values });
            }
        } else {
            // event records carry header lines instead of observations
            for _ in 0..count {
                line(input)?;
            }
        }

        self.parsed += 1;
        let epoch = Epoch { time, second, flag, clock_offset, sats };
        crate::quality::observe(self.header, &epoch);
        Ok(epoch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "     3.04           OBSERVATION DATA    M                   RINEX VERSION / TYPE
ABMF                                                        MARKER NAME
G    4 C1C L1C D1C S1C                                      SYS / # / OBS TYPES
                                                            END OF HEADER
> 2024 06 10 00 00  0.0000000  0  2
G01  21233417.020   111581917.97606      -512.106          45.250
G08  23001845.141   120874422.48706      2766.913          41.000
";

    #[test]
    fn parses_epoch() {
        let mut input = SAMPLE;
        let h = Header::parse(&mut input).unwrap();
        let e = EpochParser::new(&h).parse_next(&mut input).unwrap();
        assert_eq!(e.sats.len(), 2);
        assert_eq!(e.sats[0].snr(&h, "S1C"), Some(45.25));
    }
}
