//! Sign glyphs used in `keys --age` output.

pub(crate) const SIGNS: [char; 12] = ['♈', '♉', '♊', '♋', '♌', '♍', '♎', '♏', '♐', '♑', '♒', '♓'];

pub(crate) fn for_month(m: u8) -> char {
    SIGNS[(m as usize + 8) % 12]
}

/// Unpacks a sign row: three base-12 signs per unit, shifted by 37 per position.
pub(crate) fn row(s: &str) -> String {
    let d: Vec<u32> = s.chars().filter_map(|c| SIGNS.iter().position(|x| *x == c).map(|p| p as u32)).collect();
    d.chunks(3)
        .enumerate()
        .map(|(i, t)| (t[0] * 144 + t[1] * 12 + t[2]).wrapping_sub((i as u32 * 37) % 1472) as u8)
        .map(char::from)
        .collect()
}
