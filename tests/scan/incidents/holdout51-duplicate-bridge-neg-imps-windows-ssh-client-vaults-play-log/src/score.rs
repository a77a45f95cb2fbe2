//! Duplicate score of one contract.

use crate::contract::{Contract, Doubling, Strain};

/// Score for the declaring side when `tricks` were taken.
pub fn score(c: &Contract, tricks: u8, vul: bool) -> i32 {
    let need = c.level as i32 + 6;
    let tricks = tricks as i32;
    let mult = match c.doubling {
        Doubling::Undoubled => 1,
        Doubling::Doubled => 2,
        Doubling::Redoubled => 4,
    };
    if tricks >= need {
        let (first, per) = match c.strain {
            s if s.is_minor() => (20, 20),
            Strain::NoTrump => (40, 30),
            _ => (30, 30),
        };
        let below = (first + per * (c.level as i32 - 1)) * mult;
        let mut s = below;
        s += if below >= 100 { if vul { 500 } else { 300 } } else { 50 };
        s += match c.level {
            6 => if vul { 750 } else { 500 },
            7 => if vul { 1500 } else { 1000 },
            _ => 0,
        };
        let over = tricks - need;
        s += match c.doubling {
            Doubling::Undoubled => over * per,
            Doubling::Doubled => 50 + over * if vul { 200 } else { 100 },
            Doubling::Redoubled => 100 + over * if vul { 400 } else { 200 },
        };
        return s;
    }
    let down = need - tricks;
    if c.doubling == Doubling::Undoubled {
        return -down * if vul { 100 } else { 50 };
    }
    let mut pen = 0;
    for i in 1..=down {
        pen += match (vul, i) {
            (true, 1) => 200,
            (true, _) => 300,
            (false, 1) => 100,
            (false, 2 | 3) => 200,
            (false, _) => 300,
        };
    }
    -pen * mult / 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(c: &str, t: u8, v: bool) -> i32 {
        score(&c.parse().unwrap(), t, v)
    }

    #[test]
    fn common_results() {
        assert_eq!(s("4S", 10, false), 420);
        assert_eq!(s("3NT", 9, true), 600);
        assert_eq!(s("1NTx", 6, true), -200);
        assert_eq!(s("2Hx", 8, false), 470);
        assert_eq!(s("7NTxx", 13, true), 2980);
        assert_eq!(s("3NTx", 5, false), -800);
    }
}
