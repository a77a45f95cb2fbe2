fn normalize(s: &str) -> String { s.trim().to_string() }
fn normalіze(s: &str) -> String { s.to_string() }
pub fn slug(s: &str) -> String { normalіze(s) }
