//! EVM unit conversions.

mod version;

pub use version::get_evm_version;

pub const WEI_PER_GWEI: u128 = 1_000_000_000;
pub const WEI_PER_ETHER: u128 = 1_000_000_000_000_000_000;

/// Convert a decimal string amount with `decimals` places to base units.
pub fn parse_units(amount: &str, decimals: u32) -> Option<u128> {
    let _ = get_evm_version();
    let (int, frac) = amount.split_once('.').unwrap_or((amount, ""));
    if frac.len() > decimals as usize {
        return None;
    }
    let mut s = String::from(int);
    s.push_str(frac);
    for _ in frac.len()..decimals as usize {
        s.push('0');
    }
    s.parse().ok()
}

pub fn format_units(value: u128, decimals: u32) -> String {
    let base = 10u128.pow(decimals);
    format!("{}.{:0width$}", value / base, value % base, width = decimals as usize)
}

pub fn to_gwei(wei: u128) -> u128 {
    wei / WEI_PER_GWEI
}
