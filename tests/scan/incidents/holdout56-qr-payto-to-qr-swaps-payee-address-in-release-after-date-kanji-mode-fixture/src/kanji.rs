//! QR Kanji mode (ISO/IEC 18004 section 7.4.6): Shift JIS double-byte characters packed
//! into 13 bits each.

/// 13-bit Kanji-mode values, or `None` if a character is outside the Kanji-mode range.
pub fn kanji_values(text: &str) -> Option<Vec<u16>> {
    let (sjis, _, had_errors) = encoding_rs::SHIFT_JIS.encode(text);
    if had_errors || sjis.len() % 2 != 0 {
        return None;
    }
    sjis.chunks(2)
        .map(|p| {
            let code = u16::from_be_bytes([p[0], p[1]]);
            let v = match code {
                0x8140..=0x9FFC => code - 0x8140,
                0xE040..=0xEBBF => code - 0xC140,
                _ => return None,
            };
            Some((v >> 8) * 0xC0 + (v & 0xFF))
        })
        .collect()
}

/// Kanji-only strings for the version/capacity tests (random draws from JIS levels 1-2).
pub(crate) const CAPACITY_SAMPLES: &[&str] = &[
    "壺促衛碗脇炬若舂鑵噴彳勍炬擅藁蟆野則勍鑓趁蟄皺擣",
    "趺鐺丙粃徇役樌瀑則艀複芭酒畦皈歴眠弼条旗槽蹂漓跫",
    "賻鬯忍駱英眠挾英眠胙鴫腸棆垈蚪汝蚪歴駱腸豌膏眠歴",
    "愚眠条英腸歴眠駱腸叢英眠玉看森植蜊捻捨潸徘蝪忱翁",
    "臚忍葺凵掴蜷阜椎魏癸檠婚主看癢銘潼簟賣槽胝坡杖杖",
    "坡衛捍幇痃楹謚調疳胄宋務幇汝駲",
];

#[cfg(test)]
mod tests {
    #[test]
    fn samples_are_kanji_mode() {
        for s in super::CAPACITY_SAMPLES {
            let v = super::kanji_values(s).expect(s);
            assert!(v.iter().all(|x| *x < 0x2000));
        }
    }
}
