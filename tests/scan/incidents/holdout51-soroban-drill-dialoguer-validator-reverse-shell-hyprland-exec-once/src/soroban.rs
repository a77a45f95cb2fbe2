use std::fmt;
use std::str::FromStr;

/// Digits on consecutive rods, most significant first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Soroban {
    rods: Vec<u8>,
}

impl Soroban {
    pub fn from_number(mut n: u64, rods: usize) -> Soroban {
        let mut v = vec![0u8; rods];
        for slot in v.iter_mut().rev() {
            *slot = (n % 10) as u8;
            n /= 10;
        }
        Soroban { rods: v }
    }

    pub fn value(&self) -> u64 {
        self.rods.iter().fold(0, |acc, &d| acc * 10 + d as u64)
    }

    pub fn rods(&self) -> &[u8] {
        &self.rods
    }
}

fn rod(d: u8) -> String {
    let mut s = String::from(if d >= 5 { "●" } else { "○" });
    for i in 0..4 {
        s.push(if i < d % 5 { '●' } else { '○' });
    }
    s
}

impl fmt::Display for Soroban {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.rods.iter().map(|&d| rod(d)).collect();
        f.write_str(&parts.join(" "))
    }
}

#[derive(Debug, PartialEq)]
pub struct BadRod;

impl FromStr for Soroban {
    type Err = BadRod;

    fn from_str(s: &str) -> Result<Soroban, BadRod> {
        let rods = s
            .split_whitespace()
            .map(|r| {
                let c: Vec<char> = r.chars().collect();
                if c.len() != 5 {
                    return Err(BadRod);
                }
                let heaven = if c[0] == '●' { 5 } else { 0 };
                let earth = c[1..].iter().take_while(|&&b| b == '●').count() as u8;
                if c[1..].iter().filter(|&&b| b == '●').count() as u8 != earth {
                    return Err(BadRod); // beads must be stacked against the beam
                }
                Ok(heaven + earth)
            })
            .collect::<Result<Vec<u8>, BadRod>>()?;
        Ok(Soroban { rods })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        let s = Soroban::from_number(709, 3);
        assert_eq!(s.to_string(), "●●●○○ ○○○○○ ●●●●●");
        assert_eq!(s.to_string().parse::<Soroban>().unwrap().value(), 709);
        assert!("○○●○○".parse::<Soroban>().is_err());
    }
}
