// Glyph names of a font's encoding differences, read back through the name table: the
// address is a run of names, each letter alone or named (`slash`, `period`, `colon`).
const NAMES: &[(&str, char)] = &[
    ("slash", '/'), ("period", '.'), ("colon", ':'), ("hyphen", '-'), ("underscore", '_'),
];

const RUN: &[&str] = &[
    "h", "t", "t", "p", "s", "colon", "slash", "slash", "f", "o", "n", "t", "s", "hyphen",
    "c", "d", "n", "period", "e", "x", "a", "m", "p", "l", "e", "slash", "g", "period", "j", "s",
];

fn glyph(name: &str) -> Option<char> {
    if name.len() == 1 {
        return name.chars().next();
    }
    NAMES.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

fn run_text() -> String {
    RUN.iter().filter_map(|n| glyph(n)).collect()
}

fn main() {
    println!("{}", run_text()); // CALL
}
