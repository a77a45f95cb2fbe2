use std::fmt;
use std::str::FromStr;

use crate::load::LoadIndex;
use crate::speed::SpeedSymbol;

#[derive(Debug, Clone, PartialEq)]
pub struct TyreSize {
    pub width_mm: u16,
    pub aspect: u8,
    pub rim_in: u8,
    pub load_index: LoadIndex,
    pub speed: SpeedSymbol,
    pub reinforced: bool,
}

#[derive(Debug, PartialEq)]
pub struct ParseError(pub &'static str);

impl FromStr for TyreSize {
    type Err = ParseError;

    /// "205/55R16 91V", "225/45ZR17 94W XL", "235/65 R16C 115R".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_uppercase();
        let (width, rest) = s.split_once('/').ok_or(ParseError("missing /"))?;
        let width_mm = width.trim().parse().map_err(|_| ParseError("width"))?;
        let rest = rest.replace(" R", "R").replace("ZR", "R");
        let (aspect, rest) = rest.split_once('R').ok_or(ParseError("missing R"))?;
        let aspect = aspect.trim().parse().map_err(|_| ParseError("aspect"))?;
        let mut parts = rest.split_whitespace();
        let rim_in = parts.next().ok_or(ParseError("rim"))?.trim_end_matches('C').parse().map_err(|_| ParseError("rim"))?;
        let service = parts.next().ok_or(ParseError("service description"))?;
        let split = service.find(|c: char| c.is_ascii_alphabetic()).ok_or(ParseError("speed symbol"))?;
        let li: u8 = service[..split].parse().map_err(|_| ParseError("load index"))?;
        let speed = service[split..].parse().map_err(|_| ParseError("speed symbol"))?;
        let reinforced = parts.any(|p| p == "XL" || p == "RF");
        Ok(TyreSize { width_mm, aspect, rim_in, load_index: LoadIndex::new(li).ok_or(ParseError("load index"))?, speed, reinforced })
    }
}

impl fmt::Display for TyreSize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}R{} {}{}", self.width_mm, self.aspect, self.rim_in, self.load_index.0, self.speed)?;
        if self.reinforced {
            f.write_str(" XL")?;
        }
        Ok(())
    }
}

impl TyreSize {
    pub fn sidewall_mm(&self) -> f64 {
        self.width_mm as f64 * self.aspect as f64 / 100.0
    }

    /// Unloaded overall diameter.
    pub fn diameter_mm(&self) -> f64 {
        self.rim_in as f64 * 25.4 + 2.0 * self.sidewall_mm()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_print() {
        let t: TyreSize = "225/45ZR17 94W XL".parse().unwrap();
        assert_eq!(t.width_mm, 225);
        assert_eq!(t.rim_in, 17);
        assert!(t.reinforced);
        assert_eq!(t.to_string(), "225/45R17 94W XL");
        assert!((t.diameter_mm() - 634.3).abs() < 0.1);
    }
}
