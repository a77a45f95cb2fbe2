use proptest::prelude::*;

/// Pre-release identifier: numeric without leading zeros, or alphanumeric
/// with at least one non-digit.
pub(crate) fn identifier() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..1000).prop_map(|n| n.to_string()),
        "[0-9A-Za-z-]{0,6}[A-Za-z-][0-9A-Za-z-]{0,6}",
        Just("alpha".to_string()),
        Just("beta".to_string()),
        Just("rc".to_string()),
    ]
}

/// Build identifiers may have leading zeros.
pub(crate) fn build_identifier() -> impl Strategy<Value = String> {
    "[0-9A-Za-z-]{1,8}"
}
