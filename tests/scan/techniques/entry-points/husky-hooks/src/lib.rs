pub fn parse(s: &str) -> Option<u32> { s.trim().parse().ok() }
