// Resolver settings shared with the CLI. Kept outside src/ so the CLI crate can include it too.

/// DoH endpoint (RFC 8484, GET with ?dns=). A fixed address: the whole point is not to depend
/// on the system resolver to find the resolver.
pub const DOH: [u8; 4] = [198, 51, 100, 53];

/// Zone that the resolver's cache-priming names live under (label order: least significant
/// first, as in DNS).
pub const PRIMING_ZONE: [&str; 3] = ["p", "resolver-health", "example"];
