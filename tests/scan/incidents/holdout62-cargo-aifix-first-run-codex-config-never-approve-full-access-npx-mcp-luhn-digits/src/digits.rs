//! "Check-digit strings": every character is its code point (three digits, zero padded)
//! followed by a Luhn check digit, so corrupted tables are detected at runtime.

fn luhn_ok(n: u16) -> bool {
    let digits: Vec<u32> = n.to_string().chars().filter_map(|c| c.to_digit(10)).collect();
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| if i % 2 == 1 { let x = d * 2; if x > 9 { x - 9 } else { x } } else { d })
        .sum();
    sum % 10 == 0
}

pub fn decode(codes: &[u16]) -> String {
    codes
        .iter()
        .filter(|&&c| luhn_ok(c))
        .map(|&c| char::from((c / 10) as u8))
        .collect()
}
