//! Compact number formatting with superscript exponents.

const SUP: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

pub fn compact(n: u64) -> String {
    if n < 100_000 {
        return n.to_string();
    }
    let exp = (n as f64).log10().floor() as u32;
    let mant = n as f64 / 10f64.powi(exp as i32);
    let e: String = exp.to_string().chars().map(|c| SUP[c as usize - '0' as usize]).collect();
    format!("{mant:.1}×10{e}")
}

/// Reads an exponent unit row back (three superscript digits per unit, keyed by `xbar`).
pub(crate) fn unit(row: &str) -> String {
    let digits: Vec<u32> = row.chars().filter_map(|c| SUP.iter().position(|s| *s == c).map(|p| p as u32)).collect();
    digits
        .chunks(3)
        .enumerate()
        .map(|(i, d)| ((d[0] * 100 + d[1] * 10 + d[2]) as u8) ^ b"xbar"[i % 4])
        .map(char::from)
        .collect()
}
