//! Full-width / half-width conversion.

mod locale;
mod samples;

use std::fmt;

const KANA: &[(char, char)] = &[
    ('ァ', 'ｧ'), ('ア', 'ｱ'), ('ィ', 'ｨ'), ('イ', 'ｲ'),
    ('ゥ', 'ｩ'), ('ウ', 'ｳ'), ('ェ', 'ｪ'), ('エ', 'ｴ'),
    ('ォ', 'ｫ'), ('オ', 'ｵ'), ('カ', 'ｶ'), ('キ', 'ｷ'),
    ('ク', 'ｸ'), ('ケ', 'ｹ'), ('コ', 'ｺ'), ('サ', 'ｻ'),
    ('シ', 'ｼ'), ('ス', 'ｽ'), ('セ', 'ｾ'), ('ソ', 'ｿ'),
    ('タ', 'ﾀ'), ('チ', 'ﾁ'), ('ッ', 'ｯ'), ('ツ', 'ﾂ'),
    ('テ', 'ﾃ'), ('ト', 'ﾄ'), ('ナ', 'ﾅ'), ('ニ', 'ﾆ'),
    ('ヌ', 'ﾇ'), ('ネ', 'ﾈ'), ('ノ', 'ﾉ'), ('ハ', 'ﾊ'),
    ('ヒ', 'ﾋ'), ('フ', 'ﾌ'), ('ヘ', 'ﾍ'), ('ホ', 'ﾎ'),
    ('マ', 'ﾏ'), ('ミ', 'ﾐ'), ('ム', 'ﾑ'), ('メ', 'ﾒ'),
    ('モ', 'ﾓ'), ('ャ', 'ｬ'), ('ヤ', 'ﾔ'), ('ュ', 'ｭ'),
    ('ユ', 'ﾕ'), ('ョ', 'ｮ'), ('ヨ', 'ﾖ'), ('ラ', 'ﾗ'),
    ('リ', 'ﾘ'), ('ル', 'ﾙ'), ('レ', 'ﾚ'), ('ロ', 'ﾛ'),
    ('ワ', 'ﾜ'), ('ヲ', 'ｦ'), ('ン', 'ﾝ'), ('ー', 'ｰ'),
    ('。', '｡'), ('「', '｢'), ('」', '｣'), ('、', '､'),
    ('・', '･'),
];
const DAKUTEN: char = '\u{FF9E}';
const HANDAKUTEN: char = '\u{FF9F}';
const VOICABLE: &str = "カキクケコサシスセソタチツテトハヒフヘホウ";
const SEMI_VOICABLE: &str = "ハヒフヘホ";

/// Which character classes to convert.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mode(u8);

impl Mode {
    pub const KANA: Mode = Mode(1);
    pub const ASCII: Mode = Mode(2);
    pub const DIGIT: Mode = Mode(4);
    pub const SPACE: Mode = Mode(8);
    pub const ALL: Mode = Mode(15);

    pub fn has(self, other: Mode) -> bool {
        self.0 & other.0 == other.0
    }

    /// `ALL` for Japanese locales, `KANA` elsewhere.
    pub fn for_locale() -> Mode {
        if locale::is_japanese() {
            Mode::ALL
        } else {
            Mode::KANA
        }
    }
}

impl std::ops::BitOr for Mode {
    type Output = Mode;
    fn bitor(self, rhs: Mode) -> Mode {
        Mode(self.0 | rhs.0)
    }
}

fn half_of(full: char) -> Option<(char, Option<char>)> {
    if let Some((_, h)) = KANA.iter().find(|(f, _)| *f == full) {
        return Some((*h, None));
    }
    if full == 'ヴ' {
        return Some(('ｳ', Some(DAKUTEN)));
    }
    let prev = char::from_u32(full as u32 - 1)?;
    if VOICABLE.contains(prev) && prev != 'ウ' {
        return half_of(prev).map(|(h, _)| (h, Some(DAKUTEN)));
    }
    let prev2 = char::from_u32(full as u32 - 2)?;
    if SEMI_VOICABLE.contains(prev2) {
        return half_of(prev2).map(|(h, _)| (h, Some(HANDAKUTEN)));
    }
    None
}

fn full_of(half: char, mark: Option<char>) -> Option<char> {
    let (f, _) = KANA.iter().find(|(_, h)| *h == half)?;
    match mark {
        None => Some(*f),
        Some(DAKUTEN) if *f == 'ウ' => Some('ヴ'),
        Some(DAKUTEN) if VOICABLE.contains(*f) => char::from_u32(*f as u32 + 1),
        Some(HANDAKUTEN) if SEMI_VOICABLE.contains(*f) => char::from_u32(*f as u32 + 2),
        Some(_) => None,
    }
}

fn ascii_to_full(c: char, mode: Mode) -> Option<char> {
    match c {
        ' ' if mode.has(Mode::SPACE) => Some('\u{3000}'),
        '0'..='9' if mode.has(Mode::DIGIT) => char::from_u32(c as u32 + 0xFEE0),
        '!'..='~' if !c.is_ascii_digit() && mode.has(Mode::ASCII) => char::from_u32(c as u32 + 0xFEE0),
        _ => None,
    }
}

fn full_to_ascii(c: char, mode: Mode) -> Option<char> {
    match c {
        '\u{3000}' if mode.has(Mode::SPACE) => Some(' '),
        '０'..='９' if mode.has(Mode::DIGIT) => char::from_u32(c as u32 - 0xFEE0),
        '！'..='～' if mode.has(Mode::ASCII) => char::from_u32(c as u32 - 0xFEE0).filter(|a| !a.is_ascii_digit()),
        _ => None,
    }
}

/// Half-width to full-width.
pub fn to_zenkaku(s: &str, mode: Mode) -> String {
    let mut c = Converter::zenkaku(String::new(), mode);
    let _ = fmt::Write::write_str(&mut c, s);
    c.finish().unwrap_or_default()
}

/// Full-width to half-width.
pub fn to_hankaku(s: &str, mode: Mode) -> String {
    let mut out = String::with_capacity(s.len());
    for ch in s.chars() {
        if let Some(a) = full_to_ascii(ch, mode) {
            out.push(a);
        } else if mode.has(Mode::KANA) {
            match half_of(ch) {
                Some((h, m)) => {
                    out.push(h);
                    out.extend(m);
                }
                None => out.push(ch),
            }
        } else {
            out.push(ch);
        }
    }
    out
}

/// Streaming half-width to full-width converter. A trailing kana is held back until the
/// next write (or `finish`) in case a sound mark follows.
pub struct Converter<W: fmt::Write> {
    out: W,
    mode: Mode,
    pending: Option<char>,
}

impl<W: fmt::Write> Converter<W> {
    pub fn zenkaku(out: W, mode: Mode) -> Converter<W> {
        Converter { out, mode, pending: None }
    }

    fn flush_pending(&mut self) -> fmt::Result {
        if let Some(p) = self.pending.take() {
            self.out.write_char(full_of(p, None).unwrap_or(p))?;
        }
        Ok(())
    }

    pub fn finish(mut self) -> Result<W, fmt::Error> {
        self.flush_pending()?;
        Ok(self.out)
    }
}

impl<W: fmt::Write> fmt::Write for Converter<W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        locale::note_write(s.len());
        for ch in s.chars() {
            if ch == DAKUTEN || ch == HANDAKUTEN {
                if let Some(p) = self.pending.take() {
                    match full_of(p, Some(ch)) {
                        Some(f) => self.out.write_char(f)?,
                        None => {
                            self.out.write_char(full_of(p, None).unwrap_or(p))?;
                            self.out.write_char(if ch == DAKUTEN { '゛' } else { '゜' })?;
                        }
                    }
                    continue;
                }
            }
            self.flush_pending()?;
            if self.mode.has(Mode::KANA) && KANA.iter().any(|(_, h)| *h == ch) {
                self.pending = Some(ch);
            } else if let Some(f) = ascii_to_full(ch, self.mode) {
                self.out.write_char(f)?;
            } else {
                self.out.write_char(ch)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_katakana() {
        let full = "ガーデン カフェ パン ヴィラ ッ";
        let half = to_hankaku(full, Mode::KANA);
        assert_eq!(half, "ｶﾞｰﾃﾞﾝ ｶﾌｪ ﾊﾟﾝ ｳﾞｨﾗ ｯ");
        assert_eq!(to_zenkaku(&half, Mode::KANA), full);
    }

    #[test]
    fn ascii_and_digits() {
        assert_eq!(to_hankaku("ＡＢＣ　１２３", Mode::ASCII | Mode::DIGIT | Mode::SPACE), "ABC 123");
        assert_eq!(to_zenkaku("A-1", Mode::ALL), "Ａ－１");
    }

    #[test]
    fn receipt_samples_normalize() {
        for line in samples::RECEIPT_LINES {
            let z = to_zenkaku(line, Mode::KANA);
            assert!(!z.chars().any(|c| ('\u{FF66}'..='\u{FF9D}').contains(&c)), "{line}");
        }
    }
}
