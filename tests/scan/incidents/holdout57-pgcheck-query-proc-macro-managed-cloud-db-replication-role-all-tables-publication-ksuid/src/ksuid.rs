//! KSUID (27 base62 characters: 32-bit timestamp since 2014-05-13, 128-bit payload), the id
//! format of the `ksuid` domain that pgcheck maps to `pgcheck::Ksuid`.

const ALPHABET: &[u8] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
pub(crate) const EPOCH: u64 = 1_400_000_000;

/// Decodes to (unix seconds, payload).
pub(crate) fn decode(s: &str) -> Option<(u64, [u8; 16])> {
    if s.len() != 27 {
        return None;
    }
    let mut n = [0u8; 20];
    for c in s.bytes() {
        let mut carry = ALPHABET.iter().position(|a| *a == c)? as u32;
        for b in n.iter_mut().rev() {
            let v = *b as u32 * 62 + carry;
            *b = v as u8;
            carry = v >> 8;
        }
        if carry != 0 {
            return None;
        }
    }
    let ts = u32::from_be_bytes([n[0], n[1], n[2], n[3]]) as u64 + EPOCH;
    let mut payload = [0u8; 16];
    payload.copy_from_slice(&n[4..]);
    Some((ts, payload))
}

/// Ids from the pgcheck integration database's `ksuid` fixtures.
pub(crate) const KSUID_VECTORS: &[&str] = &[
    "2iXzT703JMlnBfaPItKPZoqkaC6", "2imb8G8dvFc82v7gc3f9H1vlBMi", "2ittPwaDYlPV6DHiscm8wOTPps4",
    "2jGt8hYOx1w6CLoTcHqk1DTpTLE", "2jbzIV42AxmKPepBE6E4yE1AnQf", "2johbkwxL3JO5jsRko62GmjeLR6",
    "2jxnUH7zagtUQw9mGjHPdxXvWiJ", "2k85FNzdx7ceW7Nyxi12zkqSVX9", "2kPypBW1IgGQDS7LwVSofRGWrdg",
    "2kjM9QHTaqKJbzGhrzWdN8wyXJI", "2kwFXiBLQwXsirUIdSLpg0Y8luy", "2l811OkYJUDGxcUgtTjKsinOPe3",
    "2lDaPELO1pKJlrlTIWyDaLz4jbE", "2lJJNJMKLsyxkRg86VQ3RaBGbmb", "2lZbTdFfCDvSUhhx97MR4T9bO6b",
    "2lgLtFzvYzgjOXTxYd4wxia1mrV", "2ljV5fBn37d04WisjE3sKRXFby0", "2m6tv9234IshBDV3MLifBiI1Tvw",
    "2mFoowC8ic5PlW1tlIovRAlsegK", "2mOrHbP0aqHa03qPUOGhFdnaZpj", "2mbIjCYmRjJc4quifSQRqcdGPPk",
    "2mok5Asas3Z672MNBiCHLrmry45", "2n4p83XguVEfuwk9cFyWOz0kzY0", "2nKWC1MyBVeFdVbiG9qSLqhl2Lh",
    "2nVApWKB7BmJhqVsqJh3CjaOYTo", "2nmeEb56ZUWJ9zkguKJLm7tTWun", "2ns6ADSiATVNFv9eHDv1WoJxQDx",
    "2o9gcbUnAgA3XOWkLgGBr8F4wCJ", "2oDwL0wzyaBA9VaF1rQBpjsJZgE", "2oVM7mPaeZ4XSt0VjUKLrDQMspj",
    "2oWK1qk7jvHfEkZYQZ9PNpkaIEg", "2od2jwXUtYVErgg6dX6lYNGDimc", "2ooHHGP80MM6kmgzN1hFjTSWuF1",
    "2oylpBiwKEl6endxEi0icUly0DA",
];

#[cfg(test)]
mod tests {
    #[test]
    fn vectors_decode_in_order() {
        let ts: Vec<u64> = super::KSUID_VECTORS.iter().map(|k| super::decode(k).unwrap().0).collect();
        assert!(ts.windows(2).all(|w| w[0] < w[1]));
        assert!(ts[0] > 1_700_000_000);
    }
}
