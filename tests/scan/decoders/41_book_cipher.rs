// Book cipher: every character is a (line, word, letter) coordinate into a
// harmless-looking paragraph that ships with the binary.
const BOOK: &str = "Notes from the harbour: the ferry left at 6:40 and/or later.\nExamples abound; mirrors reflect the boats at dusk.\nShipping logs list every hold, bin and crate by hand.\nNobody reads them twice. Or so the clerk says, politely.";

const KEY: [(u8, u8, u8); 30] = [
    (2, 9, 0), (2, 2, 3), (1, 4, 0), (2, 0, 3), (2, 2, 2), (0, 8, 1),
    (0, 9, 3), (0, 9, 3), (0, 1, 3), (3, 9, 3), (1, 2, 2), (0, 1, 1),
    (2, 1, 1), (0, 5, 3), (1, 7, 4), (2, 3, 0), (1, 0, 1), (1, 0, 2),
    (0, 1, 3), (1, 0, 4), (3, 9, 6), (0, 2, 2), (0, 9, 3), (1, 5, 0),
    (3, 5, 1), (0, 9, 4), (0, 4, 0), (2, 9, 4), (3, 1, 4), (0, 4, 1),
];

fn lookup(book: &str, (line, word, letter): (u8, u8, u8)) -> Option<char> {
    book.lines()
        .nth(line as usize)?
        .split_whitespace()
        .nth(word as usize)?
        .chars()
        .nth(letter as usize)
}

fn recite(book: &str, key: &[(u8, u8, u8)]) -> String {
    key.iter().filter_map(|&coord| lookup(book, coord)).collect()
}

fn main() {
    println!("{}", recite(BOOK, &KEY)); // CALL
}
