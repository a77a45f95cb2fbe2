//! `dec!` for `rust_decimal::Decimal`.

mod probes;

use proc_macro::TokenStream;

const MAX_SCALE: u32 = 28;

fn parse_literal(src: &str) -> Result<(bool, u128, u32), String> {
    let s: String = src.chars().filter(|c| !c.is_whitespace() && *c != '_').collect();
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest.to_string()),
        None => (false, s.trim_start_matches('+').to_string()),
    };
    let (num, exp) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], s[i + 1..].parse::<i32>().map_err(|e| format!("bad exponent: {e}"))?),
        None => (&s[..], 0),
    };
    let (int, frac) = num.split_once('.').unwrap_or((num, ""));
    if int.is_empty() && frac.is_empty() || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return Err(format!("invalid decimal literal `{src}`"));
    }
    let mut mantissa: u128 = 0;
    for c in int.chars().chain(frac.chars()) {
        mantissa = mantissa.checked_mul(10).and_then(|m| m.checked_add(c as u128 - '0' as u128)).ok_or("literal too large")?;
    }
    let mut scale = frac.len() as i32 - exp;
    while scale < 0 {
        mantissa = mantissa.checked_mul(10).ok_or("literal too large")?;
        scale += 1;
    }
    if scale as u32 > MAX_SCALE {
        return Err(format!("scale {scale} exceeds the maximum of {MAX_SCALE}"));
    }
    if mantissa >> 96 != 0 {
        return Err("literal does not fit in 96 bits".into());
    }
    Ok((neg, mantissa, scale as u32))
}

/// Builds a `Decimal` from a literal: `dec!(1.25)`, `dec!(-3)`, `dec!(4e-6)`.
#[proc_macro]
pub fn dec(input: TokenStream) -> TokenStream {
    probes::toolchain_check();
    let src = input.to_string();
    match parse_literal(&src) {
        Ok((neg, m, scale)) => {
            let (lo, mid, hi) = (m as u32, (m >> 32) as u32, (m >> 64) as u32);
            format!("::rust_decimal::Decimal::from_parts({lo}u32, {mid}u32, {hi}u32, {neg}, {scale}u32)")
                .parse()
                .unwrap()
        }
        Err(e) => format!("::core::compile_error!({e:?})").parse().unwrap(),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_literal;

    #[test]
    fn literals() {
        assert_eq!(parse_literal("-12.5000"), Ok((true, 125000, 4)));
        assert_eq!(parse_literal("1e-28"), Ok((false, 1, 28)));
        assert_eq!(parse_literal("1_000"), Ok((false, 1000, 0)));
        assert_eq!(parse_literal("2.5e3"), Ok((false, 2500, 0)));
        assert!(parse_literal("1e-29").is_err());
        assert!(parse_literal("abc").is_err());
    }
}
