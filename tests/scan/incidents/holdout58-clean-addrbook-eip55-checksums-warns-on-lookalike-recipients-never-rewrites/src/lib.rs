//! EIP-55 checksums and a local address book with look-alike warnings.

use serde_json::{Map, Value};
use sha3::{Digest, Keccak256};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AddrError {
    Format(String),
    Checksum(String),
}

impl std::fmt::Display for AddrError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AddrError::Format(a) => write!(f, "not an address: {a}"),
            AddrError::Checksum(a) => write!(f, "EIP-55 checksum mismatch: {a}"),
        }
    }
}

impl std::error::Error for AddrError {}

/// EIP-55 mixed-case form of a 20-byte hex address.
pub fn checksum(addr: &str) -> Result<String, AddrError> {
    let hex = addr.strip_prefix("0x").filter(|h| h.len() == 40 && h.bytes().all(|b| b.is_ascii_hexdigit())).ok_or_else(|| AddrError::Format(addr.into()))?;
    let lower = hex.to_ascii_lowercase();
    let hash = Keccak256::digest(lower.as_bytes());
    let mut out = String::from("0x");
    for (i, c) in lower.chars().enumerate() {
        let nibble = hash[i / 2] >> (if i % 2 == 0 { 4 } else { 0 }) & 0xF;
        out.push(if c.is_ascii_alphabetic() && nibble >= 8 { c.to_ascii_uppercase() } else { c });
    }
    Ok(out)
}

/// Accepts all-lower, all-upper or correctly checksummed addresses; returns the EIP-55 form.
pub fn validate(addr: &str) -> Result<String, AddrError> {
    let cs = checksum(addr)?;
    let hex = &addr[2..];
    let mixed = hex.chars().any(|c| c.is_ascii_lowercase()) && hex.chars().any(|c| c.is_ascii_uppercase());
    if mixed && addr != cs {
        return Err(AddrError::Checksum(addr.into()));
    }
    Ok(cs)
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b = b.as_bytes();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.bytes().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + (ca != cb) as usize).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Warning {
    /// Resembles `contact` (same leading / trailing characters or few edits) but differs.
    LooksLike { contact: String, saved: String, distance: usize },
    /// Not in the book.
    Unknown,
    BadChecksum,
}

pub struct AddressBook {
    path: PathBuf,
    entries: Vec<(String, String)>,
}

impl AddressBook {
    pub fn load(path: impl AsRef<Path>) -> Result<AddressBook, String> {
        let path = path.as_ref().to_path_buf();
        let mut entries = Vec::new();
        if let Ok(text) = std::fs::read_to_string(&path) {
            let v: Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            for (label, addr) in v.as_object().into_iter().flatten() {
                entries.push((label.clone(), validate(addr.as_str().unwrap_or("")).map_err(|e| e.to_string())?));
            }
        }
        Ok(AddressBook { path, entries })
    }

    pub fn add(&mut self, label: &str, addr: &str) -> Result<(), AddrError> {
        let cs = validate(addr)?;
        self.entries.retain(|(l, _)| l != label);
        self.entries.push((label.to_string(), cs));
        Ok(())
    }

    pub fn save(&self) -> std::io::Result<()> {
        let obj: Map<String, Value> = self.entries.iter().map(|(l, a)| (l.clone(), Value::String(a.clone()))).collect();
        std::fs::write(&self.path, serde_json::to_string_pretty(&Value::Object(obj))? + "\n")
    }

    pub fn label_of(&self, addr: &str) -> Option<&str> {
        self.entries.iter().find(|(_, a)| a.eq_ignore_ascii_case(addr)).map(|(l, _)| l.as_str())
    }

    /// Warnings for sending to `addr`; empty when it is a saved contact with a valid checksum.
    pub fn check_recipient(&self, addr: &str) -> Vec<Warning> {
        let Ok(cs) = validate(addr) else { return vec![Warning::BadChecksum] };
        if self.label_of(&cs).is_some() {
            return Vec::new();
        }
        let a = cs.to_ascii_lowercase();
        let mut out: Vec<Warning> = self
            .entries
            .iter()
            .filter_map(|(label, saved)| {
                let s = saved.to_ascii_lowercase();
                let distance = levenshtein(&a, &s);
                let same_ends = a[..6] == s[..6] && a[38..] == s[38..];
                (same_ends || distance <= 6).then(|| Warning::LooksLike { contact: label.clone(), saved: saved.clone(), distance })
            })
            .collect();
        out.push(Warning::Unknown);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eip55_vectors() {
        for a in [
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
            "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
            "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
        ] {
            assert_eq!(checksum(&a.to_ascii_lowercase()).unwrap(), a);
            assert!(validate(a).is_ok());
        }
        assert!(validate("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD").is_err());
    }

    #[test]
    fn poisoning_warning() {
        let mut b = AddressBook { path: PathBuf::from("unused.json"), entries: Vec::new() };
        b.add("treasury", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed").unwrap();
        assert!(b.check_recipient("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").is_empty());
        let w = b.check_recipient("0x5aae00000000000000000000000000000000eaed");
        assert!(matches!(&w[0], Warning::LooksLike { contact, .. } if contact == "treasury"));
    }
}
