use std::fmt;

/// A resistance in ohms, printed in engineering notation ("4.87kΩ").
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Ohms(pub f64);

const PREFIXES: [(f64, &str); 4] = [(1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, "")];

impl fmt::Display for Ohms {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        crate::usage::formatted();
        let v = self.0;
        let (scale, prefix) = PREFIXES.iter().copied().find(|(s, _)| v.abs() >= *s).unwrap_or((1.0, ""));
        let scaled = v / scale;
        let text = format!("{scaled:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        if f.alternate() {
            // RKM code as printed on parts: 4k87, 47R, 1M0
            let letter = if prefix.is_empty() { "R" } else { prefix };
            return match text.split_once('.') {
                Some((a, b)) => write!(f, "{a}{letter}{b}"),
                None => write!(f, "{text}{letter}"),
            };
        }
        write!(f, "{text}{prefix}Ω")
    }
}

#[cfg(test)]
mod tests {
    use super::Ohms;

    #[test]
    fn engineering() {
        assert_eq!(Ohms(4870.0).to_string(), "4.87kΩ");
        assert_eq!(Ohms(47.0).to_string(), "47Ω");
        assert_eq!(format!("{:#}", Ohms(4870.0)), "4k87");
        assert_eq!(format!("{:#}", Ohms(1.0e6)), "1M");
    }
}
