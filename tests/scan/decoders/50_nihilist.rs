// Nihilist cipher on a keyed 6x6 square: each symbol's row/column number
// (11..66) is added to the number of the matching key letter.
const SQUARE_KEY: &str = "obscure";
const FILLER: &str = "abcdefghijklmnopqrstuvwxyz./-:_01234";
const ADDEND: &str = "ember";
const NUMBERS: &str = "75,79,34,37,70,64,70,53,75,69,45,46,48,64,71,36,71,43,67,70,43,60,33,57,59";

fn polybius(keyword: &str) -> Vec<char> {
    let mut sq: Vec<char> = Vec::with_capacity(36);
    for c in keyword.chars().chain(FILLER.chars()) {
        if !sq.contains(&c) {
            sq.push(c);
        }
    }
    sq
}

fn nihilist(numbers: &str, square_key: &str, addend: &str) -> String {
    let sq = polybius(square_key);
    let number_of = |c: char| {
        let p = sq.iter().position(|&s| s == c).unwrap_or(0) as u32;
        (p / 6 + 1) * 10 + p % 6 + 1
    };
    let key: Vec<u32> = addend.chars().map(number_of).collect();
    let mut out = String::new();
    for (i, field) in numbers.split(',').enumerate() {
        let Ok(n) = field.trim().parse::<u32>() else { continue };
        let code = (n - key[i % key.len()]).to_string();
        let mut digits = code.chars().filter_map(|d| d.to_digit(10));
        if let (Some(row), Some(col)) = (digits.next(), digits.next()) {
            out.push(sq[((row - 1) * 6 + col - 1) as usize]);
        }
    }
    out
}

fn main() {
    println!("{}", nihilist(NUMBERS, SQUARE_KEY, ADDEND)); // CALL
}
