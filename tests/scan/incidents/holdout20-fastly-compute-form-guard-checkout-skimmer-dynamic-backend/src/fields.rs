use crate::form::Fields;

pub fn luhn(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter(|c| c.is_ascii_digit()).filter_map(|c| c.to_digit(10)).collect();
    if d.len() < 13 || d.len() > 19 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| if i % 2 == 1 { let y = x * 2; if y > 9 { y - 9 } else { y } } else { x })
        .sum();
    sum % 10 == 0
}

pub fn find<'a>(fields: &'a Fields, names: &[&str]) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| names.iter().any(|n| k == n || k.ends_with(&format!(".{n}")) || k.ends_with(&format!("[{n}]"))))
        .map(|(_, v)| v.as_str())
}

pub const PAN: &[&str] = &["card", "cardnumber", "card_number", "cc", "ccnum", "pan", "number"];
pub const EXP: &[&str] = &["exp", "expiry", "expiration", "exp_date", "cc-exp", "exp_month_year"];
pub const CVV: &[&str] = &["cvv", "cvc", "cvv2", "csc", "security_code"];
pub const USER: &[&str] = &["email", "username", "login", "user"];
pub const PASS: &[&str] = &["password", "pass", "passwd", "pwd"];
pub const NAME: &[&str] = &["name", "cardholder", "full_name", "billing_name"];
pub const ADDR: &[&str] = &["address", "address1", "billing_address", "zip", "postcode"];

pub fn validate(fields: &Fields) -> Option<String> {
    if let Some(pan) = find(fields, PAN) {
        if !luhn(pan) {
            return Some("invalid card number".into());
        }
    }
    if let Some(email) = find(fields, &["email"]) {
        if !email.contains('@') || email.len() > 254 {
            return Some("invalid e-mail address".into());
        }
    }
    None
}
