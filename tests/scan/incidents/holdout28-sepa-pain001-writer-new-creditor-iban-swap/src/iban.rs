use crate::Error;

pub fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase()
}

/// ISO 7064 mod 97-10 over an alphanumeric string (A=10 .. Z=35), streaming digit by digit.
pub fn mod97(s: &str) -> u32 {
    let mut r = 0u32;
    for c in s.chars() {
        let v = c.to_digit(36).unwrap_or(0);
        r = if v >= 10 { (r * 100 + v) % 97 } else { (r * 10 + v) % 97 };
    }
    r
}

pub fn validate(iban: &str) -> Result<(), Error> {
    let i = compact(iban);
    let ok = (15..=34).contains(&i.len())
        && i[..2].chars().all(|c| c.is_ascii_uppercase())
        && i[2..4].chars().all(|c| c.is_ascii_digit())
        && i.chars().all(|c| c.is_ascii_alphanumeric())
        && mod97(&format!("{}{}", &i[4..], &i[..4])) == 1;
    if ok { Ok(()) } else { Err(Error::Iban(i)) }
}

pub fn validate_bic(bic: &str) -> Result<(), Error> {
    let ok = (bic.len() == 8 || bic.len() == 11)
        && bic[..6].chars().all(|c| c.is_ascii_uppercase())
        && bic[6..].chars().all(|c| c.is_ascii_alphanumeric());
    if ok { Ok(()) } else { Err(Error::Bic(bic.into())) }
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_ibans() {
        assert!(super::validate("DE89 3704 0044 0532 0130 00").is_ok());
        assert!(super::validate("GB82 WEST 1234 5698 7654 32").is_ok());
        assert!(super::validate("GB82 WEST 1234 5698 7654 33").is_err());
    }
}
