//! Verify user-entered TOTP codes on the server.
//!
//! * Every candidate step in the window is compared with
//!   `subtle::ConstantTimeEq`; the loop never exits early.
//! * The step that matched is returned so the caller can store it and reject
//!   the same code (or an older one) next time.
//! * [`Guard`] counts failures per account; after `max_failures` the account
//!   is locked for `lockout` seconds regardless of the code.
//!
//! The secret is the only key material involved; it is zeroized on drop.

use std::collections::HashMap;
use std::sync::Mutex;

use hmac::{Hmac, Mac};
use subtle::{Choice, ConditionallySelectable, ConstantTimeEq};
use zeroize::{Zeroize, ZeroizeOnDrop};

#[derive(Zeroize, ZeroizeOnDrop)]
pub struct Secret(Vec<u8>);

impl Secret {
    pub fn new(bytes: Vec<u8>) -> Option<Secret> {
        (bytes.len() >= 16).then_some(Secret(bytes))
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Params {
    pub digits: u32,
    pub period: u64,
    pub skew: u64,
}

impl Default for Params {
    fn default() -> Self {
        Params { digits: 6, period: 30, skew: 1 }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub enum Reject {
    Malformed,
    Mismatch,
    Replayed,
    Locked,
}

/// The numeric value of a code; equality is constant-time on the value only.
#[derive(Clone, Copy)]
struct CodeValue(u32);

impl ConstantTimeEq for CodeValue {
    fn ct_eq(&self, other: &Self) -> Choice {
        self.0.ct_eq(&other.0)
    }
}

fn hotp(secret: &Secret, counter: u64, digits: u32) -> u32 {
    let mut mac = Hmac::<sha1::Sha1>::new_from_slice(&secret.0).expect("any key length");
    mac.update(&counter.to_be_bytes());
    let d = mac.finalize().into_bytes();
    let off = (d[19] & 0x0f) as usize;
    let bin = u32::from_be_bytes([d[off] & 0x7f, d[off + 1], d[off + 2], d[off + 3]]);
    bin % 10u32.pow(digits)
}

pub fn generate(secret: &Secret, p: Params, unix: u64) -> String {
    format!("{:0w$}", hotp(secret, unix / p.period, p.digits), w = p.digits as usize)
}

/// Check `input`; `last_step` is the step stored after the previous success.
pub fn verify(secret: &Secret, p: Params, input: &str, unix: u64, last_step: Option<u64>) -> Result<u64, Reject> {
    let input = input.trim();
    if input.len() != p.digits as usize || !input.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Reject::Malformed);
    }
    let given = CodeValue(input.parse().map_err(|_| Reject::Malformed)?);
    let now = unix / p.period;
    let mut any = Choice::from(0);
    let mut step = 0u64;
    for s in now.saturating_sub(p.skew)..=now + p.skew {
        let hit = given.ct_eq(&CodeValue(hotp(secret, s, p.digits)));
        step.conditional_assign(&s, hit);
        any |= hit;
    }
    if !bool::from(any) {
        return Err(Reject::Mismatch);
    }
    match last_step {
        Some(l) if step <= l => Err(Reject::Replayed),
        _ => Ok(step),
    }
}

/// Per-account failure counter with a fixed lockout.
pub struct Guard {
    max_failures: u32,
    lockout: u64,
    state: Mutex<HashMap<String, (u32, u64)>>,
}

impl Guard {
    pub fn new(max_failures: u32, lockout_secs: u64) -> Self {
        Guard { max_failures, lockout: lockout_secs, state: Mutex::new(HashMap::new()) }
    }

    pub fn check(&self, account: &str, secret: &Secret, p: Params, input: &str, unix: u64, last: Option<u64>) -> Result<u64, Reject> {
        let mut st = self.state.lock().unwrap();
        let entry = st.entry(account.to_owned()).or_insert((0, 0));
        if entry.0 >= self.max_failures && unix < entry.1 + self.lockout {
            return Err(Reject::Locked);
        }
        match verify(secret, p, input, unix, last) {
            Ok(s) => {
                *entry = (0, 0);
                Ok(s)
            }
            Err(e) => {
                entry.0 += 1;
                entry.1 = unix;
                Err(e)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc() -> Secret {
        Secret::new(b"12345678901234567890".to_vec()).unwrap()
    }

    #[test]
    fn rfc6238_vectors() {
        let p = Params { digits: 8, period: 30, skew: 0 };
        assert_eq!(generate(&rfc(), p, 59), "94287082");
        assert_eq!(generate(&rfc(), p, 1_234_567_890), "89005924");
    }

    #[test]
    fn replay_and_lockout() {
        let p = Params::default();
        let code = generate(&rfc(), p, 1_000_000);
        let s = verify(&rfc(), p, &code, 1_000_010, None).unwrap();
        assert_eq!(verify(&rfc(), p, &code, 1_000_010, Some(s)), Err(Reject::Replayed));
        let g = Guard::new(3, 300);
        for _ in 0..3 {
            let _ = g.check("alice", &rfc(), p, "000001", 1_000_000, None);
        }
        assert_eq!(g.check("alice", &rfc(), p, &code, 1_000_001, None), Err(Reject::Locked));
    }
}
