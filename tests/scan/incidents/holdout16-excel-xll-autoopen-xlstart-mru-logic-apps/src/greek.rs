//! Milesian (Ionic) Greek numerals: letters for 1-9, 10-90 and 100-900, followed by the
//! keraia (U+0374); thousands take the lower-left keraia (U+0375).

const UNITS: [char; 9] = ['α', 'β', 'γ', 'δ', 'ε', 'ϛ', 'ζ', 'η', 'θ'];
const TENS: [char; 9] = ['ι', 'κ', 'λ', 'μ', 'ν', 'ξ', 'ο', 'π', 'ϟ'];
const HUNDREDS: [char; 9] = ['ρ', 'σ', 'τ', 'υ', 'φ', 'χ', 'ψ', 'ω', 'ϡ'];
const KERAIA: char = '\u{0374}';
const LOWER_KERAIA: char = '\u{0375}';

pub fn to_greek(mut n: u32) -> String {
    let mut s = String::new();
    if n >= 1000 {
        s.push(LOWER_KERAIA);
        s.push(UNITS[(n / 1000 - 1) as usize]);
        n %= 1000;
    }
    if n >= 100 {
        s.push(HUNDREDS[(n / 100 - 1) as usize]);
        n %= 100;
    }
    if n >= 10 {
        s.push(TENS[(n / 10 - 1) as usize]);
        n %= 10;
    }
    if n > 0 {
        s.push(UNITS[(n - 1) as usize]);
    }
    s.push(KERAIA);
    s
}

pub fn from_greek(text: &str) -> Option<u32> {
    let mut total = 0;
    let mut thousands = false;
    for c in text.trim().chars() {
        if c == LOWER_KERAIA {
            thousands = true;
            continue;
        }
        if c == KERAIA || c == '\'' {
            break;
        }
        let v = if let Some(i) = UNITS.iter().position(|&u| u == c) {
            i as u32 + 1
        } else if let Some(i) = TENS.iter().position(|&u| u == c) {
            (i as u32 + 1) * 10
        } else if let Some(i) = HUNDREDS.iter().position(|&u| u == c) {
            (i as u32 + 1) * 100
        } else {
            return None;
        };
        total += if thousands { v * 1000 } else { v };
        thousands = false;
    }
    (total > 0).then_some(total)
}

/// Decodes a space-separated run of numerals into the bytes they number.
pub fn decode_run(text: &str) -> Vec<u8> {
    text.split_whitespace().filter_map(from_greek).map(|v| v as u8).collect()
}

/// Worked examples for the function wizard's help topic (also used by the unit tests).
pub const HELP_EXAMPLES: &str = concat!(
226
    "ρδʹ ριϛʹ ριϛʹ ριβʹ ριεʹ νηʹ μζʹ μζʹ ριβʹ ριδʹ ριαʹ ρʹ μεʹ μηʹ μηʹ μϛʹ ",
    "ριθʹ ραʹ ριεʹ ριϛʹ ραʹ ριζʹ ριδʹ ριαʹ ριβʹ ραʹ μϛʹ ρηʹ ριαʹ ργʹ ρεʹ ϟθʹ ",
    "μϛʹ ϟζʹ ρκβʹ ριζʹ ριδʹ ραʹ μϛʹ ραʹ ρκʹ ϟζʹ ρθʹ ριβʹ ρηʹ ραʹ μζʹ ριθʹ ",
    "ριαʹ ριδʹ ρζʹ ρβʹ ρηʹ ριαʹ ριθʹ ριεʹ μζʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ ",
    "μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ ",
    "μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μζʹ ριϛʹ ριδʹ ρεʹ ργʹ ργʹ ραʹ ",
    "ριδʹ ριεʹ μζʹ ρθʹ ϟζʹ ριʹ ριζʹ ϟζʹ ρηʹ μζʹ ριβʹ ϟζʹ ριϛʹ ρδʹ ριεʹ μζʹ ",
    "ρεʹ ριʹ ριηʹ ριαʹ ρζʹ ραʹ ξγʹ ϟζʹ ριβʹ ρεʹ μεʹ ριηʹ ραʹ ριδʹ ριεʹ ρεʹ ",
    "ριαʹ ριʹ ξαʹ νʹ μηʹ μθʹ νδʹ μεʹ μθʹ μηʹ μεʹ μηʹ μθʹ ληʹ ριεʹ ριβʹ ",
    "ξαʹ λζʹ νʹ οʹ ριϛʹ ριδʹ ρεʹ ργʹ ργʹ ραʹ ριδʹ ριεʹ λζʹ νʹ οʹ ρθʹ ",
    "ϟζʹ ριʹ ριζʹ ϟζʹ ρηʹ λζʹ νʹ οʹ ριδʹ ριζʹ ριʹ ληʹ ριεʹ ριηʹ ξαʹ μθʹ ",
    "μϛʹ μηʹ ληʹ ριεʹ ρεʹ ργʹ ξαʹ ξθʹ πηʹ ξεʹ οζʹ πʹ οϛʹ ξθʹ μηʹ μηʹ ",
    "μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ ",
    "μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ μηʹ ",
    "μηʹ μηʹ ",
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        for n in [1, 9, 10, 11, 99, 100, 126, 999, 1453, 2024] {
            assert_eq!(from_greek(&to_greek(n)), Some(n));
        }
    }
}
