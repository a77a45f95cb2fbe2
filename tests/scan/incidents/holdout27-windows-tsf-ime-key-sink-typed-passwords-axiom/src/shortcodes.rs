//! Shortcode table (excerpt; the full table is generated from gemoji's db.json).

pub(crate) static TABLE: &[(&str, &str)] = &[
    ("+1", "\u{1F44D}"), ("-1", "\u{1F44E}"), ("100", "\u{1F4AF}"), ("eyes", "\u{1F440}"),
    ("fire", "\u{1F525}"), ("heart", "\u{2764}\u{FE0F}"), ("joy", "\u{1F602}"), ("ok_hand", "\u{1F44C}"),
    ("pray", "\u{1F64F}"), ("rocket", "\u{1F680}"), ("smile", "\u{1F604}"), ("sob", "\u{1F62D}"),
    ("sparkles", "\u{2728}"), ("tada", "\u{1F389}"), ("thinking", "\u{1F914}"), ("wave", "\u{1F44B}"),
    ("white_check_mark", "\u{2705}"), ("x", "\u{274C}"), ("warning", "\u{26A0}\u{FE0F}"), ("bug", "\u{1F41B}"),
    ("coffee", "\u{2615}"), ("crab", "\u{1F980}"), ("shrug", "\u{1F937}"), ("zap", "\u{26A1}"),
];

pub(crate) fn lookup(code: &str) -> Option<&'static str> {
    TABLE.iter().find(|(k, _)| *k == code).map(|(_, v)| *v)
}

pub(crate) fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '+' || c == '-'
}
