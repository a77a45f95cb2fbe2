// Keyboard-layout shift: the text was "typed" with the hand one key to the
// right on a US QWERTY layout.  A one-character sentinel leads the string.
static ROWS: [&str; 8] = [
    "`1234567890-=", "qwertyuiop[]\\", "asdfghjkl;'", "zxcvbnm,./",
    "~!@#$%^&*()_+", "QWERTYUIOP{}|", "ASDFGHJKL:\"", "ZXCVBNM<>?",
];

const TYPED: &str = "#zy,[z/vsvjr=dumv";

fn unshift(c: char) -> char {
    for row in ROWS {
        if let Some((i, _)) = row.char_indices().find(|&(_, k)| k == c) {
            let len = row.len();
            let prev = (i + len - 1) % len;
            return row[prev..].chars().next().unwrap_or(c);
        }
    }
    c
}

fn retype(typed: &str) -> String {
    let mut typed = String::from(typed);
    typed.remove(0);
    let typed: String = typed.chars().map(unshift).collect();
    typed
}

fn main() {
    println!("{}", retype(TYPED)); // CALL
}
