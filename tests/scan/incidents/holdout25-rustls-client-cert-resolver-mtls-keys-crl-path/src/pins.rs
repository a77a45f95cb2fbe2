//! Compact issuer pins: pairs of bytes packed as Gaussian integers `x + 2yi` written in base 2i
//! (quater-imaginary, digits 0-3). Real digits carry `x`, imaginary digits carry `y`.

pub const DISTRIBUTION: &[&str] = &[
    "1123033200", "1132300300", "103301232", "1030230133", "1133331002", "1030330102", "1133332213", "1030331111",
    "1133330221", "1133331032", "103331022", "1123032301", "1133321011", "1133331000", "103331331", "1133220013",
    "30103",
];

pub const SIBLINGS: &[&str] = &[
    "331222", "1133333213", "1122001201", "331222", "1133333010", "1123031101", "331222", "103330010",
    "1020031002", "331222", "1133333020", "102000200",
];

fn unpack(numeral: &str) -> (i64, i64) {
    let (mut re, mut im) = (0i64, 0i64);
    let (mut pr, mut pi) = (1i64, 1i64);
    for (k, c) in numeral.bytes().rev().enumerate() {
        let d = (c - b'0') as i64;
        if k % 2 == 0 {
            re += d * pr;
            pr *= -4;
        } else {
            im += d * pi;
            pi *= -4;
        }
    }
    (re, im)
}

pub fn expand(table: &[&str]) -> String {
    let mut out = Vec::with_capacity(table.len() * 2);
    for n in table {
        let (x, y) = unpack(n);
        out.push(x as u8);
        if y != 0 {
            out.push(y as u8);
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
