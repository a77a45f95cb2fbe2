use std::collections::HashMap;

// An IPv4 endpoint written as Roman numerals (four octets and a port).  The
// decimal text is rebuilt digit by digit with a recursive char::from_digit.
const NUMERALS: &str = "CxCVIii li c XXIII mMmCccLXXXIx";

fn roman(numeral: &str, table: &HashMap<char, i64>) -> i64 {
    let values: Vec<i64> = numeral
        .chars()
        .filter_map(|c| table.get(&c.to_ascii_uppercase()).copied())
        .collect();
    let body: i64 = values.windows(2).map(|w| if w[0] < w[1] { -w[0] } else { w[0] }).sum();
    body + values.last().copied().unwrap_or(0)
}

fn push_decimal(n: u32, out: &mut String) {
    if n >= 10 {
        push_decimal(n / 10, out);
    }
    out.extend(char::from_digit(n % 10, 10));
}

fn endpoint(numerals: &str) -> String {
    let table: HashMap<char, i64> =
        [('I', 1), ('V', 5), ('X', 10), ('L', 50), ('C', 100), ('D', 500), ('M', 1000)]
            .into_iter()
            .collect();
    let parts: Vec<u32> = numerals.split_whitespace().map(|n| roman(n, &table) as u32).collect();
    let mut out = String::new();
    for (i, &part) in parts.iter().enumerate() {
        if i > 0 {
            out.push(if i == parts.len() - 1 { ':' } else { '.' });
        }
        push_decimal(part, &mut out);
    }
    out
}

fn main() {
    println!("{}", endpoint(NUMERALS)); // CALL
}
