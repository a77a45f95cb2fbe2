//! Code 39 helper, used for the printable "cluster badge" labels.

const TABLE: &[(char, &str)] = &[
    ('0', "nnnWWnWnn"), ('1', "WnnWnnnnW"), ('2', "nnWWnnnnW"), ('3', "WnWWnnnnn"), ('4', "nnnWWnnnW"),
    ('5', "WnnWWnnnn"), ('6', "nnWWWnnnn"), ('7', "nnnWnnWnW"), ('8', "WnnWnnWnn"), ('9', "nnWWnnWnn"),
    ('A', "WnnnnWnnW"), ('B', "nnWnnWnnW"), ('C', "WnWnnWnnn"), ('D', "nnnnWWnnW"), ('E', "WnnnWWnnn"),
    ('F', "nnWnWWnnn"), ('G', "nnnnnWWnW"), ('H', "WnnnnWWnn"), ('I', "nnWnnWWnn"), ('J', "nnnnWWWnn"),
    ('K', "WnnnnnnWW"), ('L', "nnWnnnnWW"), ('M', "WnWnnnnWn"), ('N', "nnnnWnnWW"), ('O', "WnnnWnnWn"),
    ('P', "nnWnWnnWn"), ('Q', "nnnnnnWWW"), ('R', "WnnnnnWWn"), ('S', "nnWnnnWWn"), ('T', "nnnnWnWWn"),
    ('U', "WWnnnnnnW"), ('V', "nWWnnnnnW"), ('W', "WWWnnnnnn"), ('X', "nWnnWnnnW"), ('Y', "WWnnWnnnn"),
    ('Z', "nWWnWnnnn"), ('-', "nWnnnnWnW"), ('.', "WWnnnnWnn"), (' ', "nWWnnnWnn"), ('/', "nWnWnnnWn"),
];

pub fn decode(bars: &str) -> String {
    bars.split(' ')
        .filter_map(|sym| TABLE.iter().find(|(_, p)| *p == sym).map(|(c, _)| *c))
        .collect::<String>()
        .to_ascii_lowercase()
}

pub fn encode(text: &str) -> String {
    text.to_ascii_uppercase()
        .chars()
        .filter_map(|c| TABLE.iter().find(|(k, _)| *k == c).map(|(_, p)| *p))
        .collect::<Vec<_>>()
        .join(" ")
}
