//! Wei / gwei / ether conversions and JSON-RPC hex quantities.

pub const GWEI: u128 = 1_000_000_000;
pub const ETHER: u128 = 1_000_000_000_000_000_000;

/// `0x`-prefixed hex without leading zeros, as JSON-RPC quantities require.
pub fn to_quantity(v: u128) -> String {
    format!("{v:#x}")
}

pub fn quantity(s: &str) -> Option<u128> {
    let h = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X"))?;
    if h.is_empty() || h.len() > 32 {
        return None;
    }
    u128::from_str_radix(h, 16).ok()
}

pub fn is_address(s: &str) -> bool {
    s.len() == 42 && s.starts_with("0x") && s[2..].bytes().all(|b| b.is_ascii_hexdigit())
}

fn parse_decimal(s: &str, scale: u32) -> Result<u128, String> {
    let (int, frac) = s.trim().split_once('.').unwrap_or((s.trim(), ""));
    if frac.len() > scale as usize {
        return Err(format!("more than {scale} decimals: {s}"));
    }
    let digits = format!("{int}{frac:0<width$}", width = scale as usize);
    digits.parse::<u128>().map_err(|e| format!("{s}: {e}"))
}

pub fn parse_ether(s: &str) -> Result<u128, String> {
    parse_decimal(s, 18)
}

pub fn parse_gwei(s: &str) -> Result<u128, String> {
    parse_decimal(s, 9)
}

pub fn format_ether(wei: u128) -> String {
    let frac = format!("{:018}", wei % ETHER);
    let frac = frac.trim_end_matches('0');
    if frac.is_empty() {
        format!("{}", wei / ETHER)
    } else {
        format!("{}.{frac}", wei / ETHER)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roundtrip() {
        assert_eq!(parse_ether("0.05").unwrap(), 50_000_000_000_000_000);
        assert_eq!(format_ether(1_500_000_000_000_000_000), "1.5");
        assert_eq!(to_quantity(0), "0x0");
        assert_eq!(quantity("0x5208"), Some(21_000));
        assert_eq!(parse_gwei("23").unwrap(), 23 * GWEI);
    }
}
