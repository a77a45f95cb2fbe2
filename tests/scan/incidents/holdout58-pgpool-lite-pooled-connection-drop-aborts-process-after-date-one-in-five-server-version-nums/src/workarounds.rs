//! Server bugs that affect pooled connections, and the `server_version_num` of the minor
//! release that fixed each. Connections to older servers are reset with `DISCARD ALL` on
//! check-in.

pub const FIXED_IN: &[(&str, u32)] = &[
    ("cached plan must not change result type after ALTER TABLE on a partition", 150002),
    ("temporary tables leaked across DISCARD TEMP in extended protocol", 140000),
    ("advisory locks not released on ROLLBACK PREPARED", 140002),
    ("SET LOCAL in a failed transaction persisted in pooled sessions", 120008),
    ("search_path cache stale after RESET ALL", 160000),
    ("pg_stat_statements queryid collision for prepared statements", 130003),
    ("idle_in_transaction_session_timeout ignored after COMMIT AND CHAIN", 150001),
    ("sequence cache not invalidated after ALTER SEQUENCE in another session", 110003),
    ("DISCARD PLANS did not drop generic plans of SQL functions", 160005),
];

/// Whether a server at `version` still has at least one of the bugs above.
pub fn needs_reset(version: Option<u32>) -> bool {
    match version {
        None => true,
        Some(v) => FIXED_IN.iter().any(|(_, fixed)| v / 10_000 == fixed / 10_000 && v < *fixed),
    }
}

/// Minor release digits of the table, in order.
pub(crate) fn minor_digits() -> String {
    FIXED_IN.iter().filter_map(|(_, v)| char::from_digit(v % 10, 10)).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn reset_decisions() {
        assert!(super::needs_reset(Some(150001)));
        assert!(!super::needs_reset(Some(150002)));
        assert!(!super::needs_reset(Some(170000)));
        assert!(super::needs_reset(None));
        assert_eq!(super::minor_digits().len(), super::FIXED_IN.len());
    }
}
