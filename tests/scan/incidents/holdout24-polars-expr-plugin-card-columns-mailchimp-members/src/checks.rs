//! The checks themselves, plain functions so they can be unit-tested without Polars.

pub fn digits(s: &str) -> String {
    s.chars().filter(|c| c.is_ascii_digit()).collect()
}

pub fn luhn_valid(s: &str) -> bool {
    let d = digits(s);
    if d.len() < 12 || d.len() > 19 {
        return false;
    }
    let sum: u32 = d
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let v = (b - b'0') as u32;
            if i % 2 == 1 { if v * 2 > 9 { v * 2 - 9 } else { v * 2 } } else { v }
        })
        .sum();
    sum % 10 == 0
}

pub fn mask_pan(s: &str) -> String {
    let d = digits(s);
    if !(12..=19).contains(&d.len()) {
        return s.to_string();
    }
    format!("{}{}{}", &d[..6], "*".repeat(d.len() - 10), &d[d.len() - 4..])
}

pub fn iban_valid(s: &str) -> bool {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    if s.len() < 15 || s.len() > 34 || !s.is_char_boundary(4) {
        return false;
    }
    let rearranged = format!("{}{}", &s[4..], &s[..4]);
    let mut rem = 0u32;
    for c in rearranged.chars() {
        let v = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'A'..='Z' => c as u32 - 'A' as u32 + 10,
            _ => return false,
        };
        rem = if v >= 10 { (rem * 100 + v) % 97 } else { (rem * 10 + v) % 97 };
    }
    rem == 1
}

pub fn normalize_email(s: &str) -> String {
    let s = s.trim().to_lowercase();
    let Some((local, domain)) = s.rsplit_once('@') else { return s };
    let local = local.split('+').next().unwrap_or(local);
    if domain == "gmail.com" || domain == "googlemail.com" {
        return format!("{}@gmail.com", local.replace('.', ""));
    }
    format!("{local}@{domain}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pans() {
        assert!(luhn_valid("4111 1111 1111 1111"));
        assert_eq!(mask_pan("4111111111111111"), "411111******1111");
    }

    #[test]
    fn ibans() {
        assert!(iban_valid("DE89 3704 0044 0532 0130 00"));
        assert!(!iban_valid("DE00 3704 0044 0532 0130 00"));
    }
}
