use anyhow::{bail, Result};

pub fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase()
}

fn mod97(s: &str) -> u32 {
    s.chars().fold(0, |r, c| {
        let v = c.to_digit(36).unwrap_or(0);
        if v >= 10 { (r * 100 + v) % 97 } else { (r * 10 + v) % 97 }
    })
}

pub fn iban(i: &str) -> Result<()> {
    if !(15..=34).contains(&i.len()) || !i.chars().all(|c| c.is_ascii_alphanumeric()) {
        bail!("IBAN {i}: bad length or characters");
    }
    if mod97(&format!("{}{}", &i[4..], &i[..4])) != 1 {
        bail!("IBAN {i}: check digits do not match");
    }
    Ok(())
}

pub fn bic(b: &str) -> Result<()> {
    if !(b.len() == 8 || b.len() == 11) || !b[..6].chars().all(|c| c.is_ascii_uppercase()) {
        bail!("BIC {b}: malformed");
    }
    Ok(())
}

pub fn creditor_reference(r: &str) -> bool {
    let r = compact(r);
    r.len() >= 5 && r.len() <= 25 && r[2..4].parse::<u32>().ok() == Some(98 - mod97(&format!("{}RF00", &r[4..])))
}

#[cfg(test)]
mod tests {
    #[test]
    fn published_examples() {
        assert!(super::iban("DE89370400440532013000").is_ok());
        assert!(super::iban("FR1420041010050500013M02606").is_ok());
        assert!(super::iban("DE89370400440532013001").is_err());
        assert!(super::creditor_reference("RF18 5390 0754 7034"));
        assert!(!super::creditor_reference("RF19 5390 0754 7034"));
    }
}
