//! Status-line labels built on layer-b's clock sources.

/// The local time as an RFC 3339 label, or "unknown".
pub fn current_label() -> String {
    match layer_b::read("local") {
        Some(tm) => tm.rfc3339(),
        None => String::from("unknown"),
    }
}

/// Lists the clock sources, comma-separated.
pub fn sources() -> String {
    layer_b::names().join(",")
}
