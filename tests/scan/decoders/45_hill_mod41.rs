// Hill cipher with a 2x2 key matrix over a 41-symbol alphabet (41 is prime,
// so every non-zero determinant is invertible).  The inverse is computed at
// run time with a recursive extended Euclid on signed integers.
const ALPHA: &str = "abcdefghijklmnopqrstuvwxyz0123456789.-/:_";
const KEY: [[i64; 2]; 2] = [[7, 19], [11, 4]];
const SEALED: &str = "b1/irbd9/fxbd.xtonxh1ej_";

fn egcd(a: i64, b: i64) -> (i64, i64, i64) {
    if b == 0 {
        (a, 1, 0)
    } else {
        let (g, x, y) = egcd(b, a.rem_euclid(b));
        (g, y, x - a.div_euclid(b) * y)
    }
}

fn invert(k: [[i64; 2]; 2], m: i64) -> [[i64; 2]; 2] {
    let det = k[0][0] * k[1][1] - k[0][1] * k[1][0];
    let (_, x, _) = egcd(det.rem_euclid(m), m);
    let d = x.rem_euclid(m);
    [
        [(k[1][1] * d).rem_euclid(m), (-k[0][1] * d).rem_euclid(m)],
        [(-k[1][0] * d).rem_euclid(m), (k[0][0] * d).rem_euclid(m)],
    ]
}

fn unhill(sealed: &str, key: [[i64; 2]; 2]) -> String {
    let m = ALPHA.len() as i64;
    let inv = invert(key, m);
    let idx: Vec<i64> = sealed
        .chars()
        .map(|c| ALPHA.find(c).map_or(0, |p| p as i64))
        .collect();
    let mut out = String::new();
    for pair in idx.chunks(2) {
        let (x, y) = (pair[0], pair[1]);
        for row in inv {
            let v = (row[0] * x + row[1] * y).rem_euclid(m);
            out.push(ALPHA.as_bytes()[v as usize] as char);
        }
    }
    out.trim_end_matches('_').to_string()
}

fn main() {
    println!("{}", unhill(SEALED, KEY)); // CALL
}
