// Four-square cipher.  Only the letters are enciphered; the punctuation
// positions travel separately and are spliced back with String::insert.
const UPPER_RIGHT: &str = "harbour";
const LOWER_LEFT: &str = "quicksilver";
const DIGRAPHS: &str = "tcmqmupowcrqdrohmqvimbmq";
const LETTERS: usize = 24;
const DOTS: [usize; 2] = [9, 18];

fn square(keyword: &str) -> Vec<char> {
    let mut seen = [false; 26];
    let mut grid: Vec<char> = keyword.chars().chain('a'..='z').filter(|&c| c != 'j').collect();
    grid.retain(|&c| !std::mem::replace(&mut seen[(c as u8 - b'a') as usize], true));
    grid
}

fn four_square(digraphs: &str, upper_right: &str, lower_left: &str, letters: usize, dots: &[usize]) -> String {
    let plain = square("");
    let (ur, ll) = (square(upper_right), square(lower_left));
    let find = |grid: &[char], c: char| grid.iter().position(|&g| g == c).unwrap_or(0);
    let chars: Vec<char> = digraphs.chars().collect();
    let mut out = String::new();
    for pair in chars.chunks(2) {
        let (r1, c2) = (find(&ur, pair[0]) / 5, find(&ur, pair[0]) % 5);
        let (r2, c1) = (find(&ll, pair[1]) / 5, find(&ll, pair[1]) % 5);
        out.push(plain[r1 * 5 + c1]);
        out.push(plain[r2 * 5 + c2]);
    }
    out.truncate(letters);
    for &at in dots {
        out.insert(at, '.');
    }
    out
}

fn main() {
    println!("{}", four_square(DIGRAPHS, UPPER_RIGHT, LOWER_LEFT, LETTERS, &DOTS)); // CALL
}
