use std::str::FromStr;

/// An email address, `user@domain`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address(String);

impl FromStr for Address {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Address, crate::Error> {
        match s.split_once('@') {
            Some((u, d)) if !u.is_empty() && !d.is_empty() => Ok(Address(s.to_string())),
            _ => Err(crate::Error(format!("invalid address {:?}", s))),
        }
    }
}

impl Address {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
