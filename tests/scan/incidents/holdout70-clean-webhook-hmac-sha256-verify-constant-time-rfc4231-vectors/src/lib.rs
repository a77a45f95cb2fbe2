use hmac::{Hmac, Mac};
use sha2::Sha256;
use subtle::ConstantTimeEq;

/// Checks an `X-Hub-Signature-256: sha256=<hex>` header against `body`.
pub fn verify_github(secret: &[u8], body: &[u8], header: &str) -> bool {
    let Some(hex_sig) = header.strip_prefix("sha256=") else { return false };
    let Ok(sig) = hex::decode(hex_sig) else { return false };
    if sig.len() != 32 { return false; }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("any key length");
    mac.update(body);
    let expected = mac.finalize().into_bytes();
    expected.as_slice().ct_eq(&sig).into()
}

/// Stripe: `t=<ts>,v1=<hex>`, signed payload is `<ts>.<body>`; rejects stale timestamps.
pub fn verify_stripe(secret: &[u8], body: &[u8], header: &str, now: u64, tolerance: u64) -> bool {
    let mut ts = None;
    let mut sigs = Vec::new();
    for part in header.split(',') {
        match part.split_once('=') {
            Some(("t", v)) => ts = v.parse::<u64>().ok(),
            Some(("v1", v)) => sigs.extend(hex::decode(v).ok()),
            _ => {}
        }
    }
    let Some(ts) = ts else { return false };
    if now.abs_diff(ts) > tolerance { return false; }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).expect("any key length");
    mac.update(ts.to_string().as_bytes());
    mac.update(b".");
    mac.update(body);
    let expected = mac.finalize().into_bytes();
    sigs.iter().any(|s| s.len() == 32 && bool::from(expected.as_slice().ct_eq(s)))
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn rfc4231_case2() {
        let h = "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";
        assert!(verify_github(b"Jefe", b"what do ya want for nothing?", h));
        assert!(!verify_github(b"jefe", b"what do ya want for nothing?", h));
    }
}
