//! Code 39: each symbol is 9 elements (5 bars, 4 spaces), 3 of them wide.

/// (char, value, pattern) where 'W' = wide and 'n' = narrow, bar first.
const TABLE: [(char, u8, &str); 44] = [
    ('0', 0, "nnnWWnWnn"), ('1', 1, "WnnWnnnnW"), ('2', 2, "nnWWnnnnW"), ('3', 3, "WnWWnnnnn"), ('4', 4, "nnnWWnnnW"),
    ('5', 5, "WnnWWnnnn"), ('6', 6, "nnWWWnnnn"), ('7', 7, "nnnWnnWnW"), ('8', 8, "WnnWnnWnn"), ('9', 9, "nnWWnnWnn"),
    ('A', 10, "WnnnnWnnW"), ('B', 11, "nnWnnWnnW"), ('C', 12, "WnWnnWnnn"), ('D', 13, "nnnnWWnnW"), ('E', 14, "WnnnWWnnn"),
    ('F', 15, "nnWnWWnnn"), ('G', 16, "nnnnnWWnW"), ('H', 17, "WnnnnWWnn"), ('I', 18, "nnWnnWWnn"), ('J', 19, "nnnnWWWnn"),
    ('K', 20, "WnnnnnnWW"), ('L', 21, "nnWnnnnWW"), ('M', 22, "WnWnnnnWn"), ('N', 23, "nnnnWnnWW"), ('O', 24, "WnnnWnnWn"),
    ('P', 25, "nnWnWnnWn"), ('Q', 26, "nnnnnnWWW"), ('R', 27, "WnnnnnWWn"), ('S', 28, "nnWnnnWWn"), ('T', 29, "nnnnWnWWn"),
    ('U', 30, "WWnnnnnnW"), ('V', 31, "nWWnnnnnW"), ('W', 32, "WWWnnnnnn"), ('X', 33, "nWnnWnnnW"), ('Y', 34, "WWnnWnnnn"),
    ('Z', 35, "nWWnWnnnn"), ('-', 36, "nWnnnnWnW"), ('.', 37, "WWnnnnWnn"), (' ', 38, "nWWnnnWnn"), ('$', 39, "nWnWnWnnn"),
    ('/', 40, "nWnWnnnWn"), ('+', 41, "nWnnnWnWn"), ('%', 42, "nnnWnWnWn"), ('*', 255, "nWnnWnWnn"),
];

#[derive(Debug, PartialEq)]
pub struct InvalidChar(pub char);

fn lookup(c: char) -> Result<&'static (char, u8, &'static str), InvalidChar> {
    TABLE.iter().find(|(k, _, _)| *k == c).ok_or(InvalidChar(c))
}

pub fn check_digit(data: &str) -> Result<char, InvalidChar> {
    let mut sum = 0u32;
    for c in data.chars() {
        sum += lookup(c)?.1 as u32;
    }
    let v = (sum % 43) as u8;
    Ok(TABLE.iter().find(|(_, val, _)| *val == v).unwrap().0)
}

/// Render `data` (uppercase A-Z, 0-9, `-. $/+%`) as an SVG string.
pub fn to_svg(data: &str, with_check: bool, narrow: u32, height: u32) -> Result<String, InvalidChar> {
    let mut text: String = data.to_string();
    if with_check {
        text.push(check_digit(data)?);
    }
    let symbols = std::iter::once('*').chain(text.chars()).chain(std::iter::once('*'));
    let (mut x, mut rects) = (10 * narrow, String::new());
    for c in symbols {
        let (_, _, pat) = lookup(c)?;
        for (i, e) in pat.chars().enumerate() {
            let w = if e == 'W' { 3 * narrow } else { narrow };
            if i % 2 == 0 {
                rects.push_str(&format!("<rect x=\"{x}\" y=\"0\" width=\"{w}\" height=\"{height}\"/>"));
            }
            x += w;
        }
        x += narrow; // inter-character gap
    }
    let width = x + 10 * narrow;
    Ok(format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{h2}\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><g fill=\"#000\">{rects}</g><text x=\"{cx}\" y=\"{ty}\" font-family=\"monospace\" text-anchor=\"middle\">*{text}*</text></svg>",
        h2 = height + 20,
        cx = width / 2,
        ty = height + 16
    ))
}
