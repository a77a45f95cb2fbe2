use crate::lint::Finding;
use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, FontId, Stroke, Style};

const KEYWORDS: &[(&str, &[&str])] = &[
    ("rust", &["fn", "let", "mut", "pub", "struct", "enum", "impl", "trait", "use", "mod", "match", "if", "else", "for", "while", "loop", "return", "async", "await", "const", "static", "where", "self", "Self"]),
    ("sql", &["select", "from", "where", "join", "left", "right", "inner", "on", "group", "by", "order", "insert", "into", "values", "update", "set", "delete", "create", "table", "with", "as", "and", "or", "not", "null", "limit"]),
    ("python", &["def", "class", "import", "from", "return", "if", "elif", "else", "for", "while", "in", "not", "and", "or", "with", "as", "lambda", "None", "True", "False"]),
    ("sh", &["if", "then", "else", "fi", "for", "do", "done", "case", "esac", "export", "local", "function", "in"]),
];

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Plain,
    Keyword,
    Str,
    Comment,
    Number,
}

fn colour(kind: Kind, dark: bool) -> Color32 {
    match (kind, dark) {
        (Kind::Keyword, true) => Color32::from_rgb(198, 120, 221),
        (Kind::Keyword, false) => Color32::from_rgb(128, 40, 160),
        (Kind::Str, true) => Color32::from_rgb(152, 195, 121),
        (Kind::Str, false) => Color32::from_rgb(40, 120, 40),
        (Kind::Comment, _) => Color32::from_gray(128),
        (Kind::Number, true) => Color32::from_rgb(209, 154, 102),
        (Kind::Number, false) => Color32::from_rgb(150, 80, 0),
        (Kind::Plain, true) => Color32::from_gray(220),
        (Kind::Plain, false) => Color32::from_gray(30),
    }
}

fn lex(language: &str, text: &str) -> Vec<(std::ops::Range<usize>, Kind)> {
    let keywords = KEYWORDS.iter().find(|(l, _)| *l == language).map(|(_, k)| *k).unwrap_or(&[]);
    let comment = match language {
        "sql" => "--",
        "python" | "sh" | "toml" | "yaml" => "#",
        _ => "//",
    };
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let start = i;
        let kind = if text[i..].starts_with(comment) {
            i = text[i..].find('\n').map_or(b.len(), |n| i + n);
            Kind::Comment
        } else if b[i] == b'"' || b[i] == b'\'' {
            let q = b[i];
            i += 1;
            while i < b.len() && b[i] != q {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i = (i + 1).min(b.len());
            Kind::Str
        } else if b[i].is_ascii_digit() {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'.' || b[i] == b'_') {
                i += 1;
            }
            Kind::Number
        } else if b[i].is_ascii_alphabetic() || b[i] == b'_' {
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let word = &text[start..i];
            if keywords.iter().any(|k| k.eq_ignore_ascii_case(word)) { Kind::Keyword } else { Kind::Plain }
        } else {
            i += text[i..].chars().next().map_or(1, char::len_utf8);
            Kind::Plain
        };
        out.push((start..i, kind));
    }
    out
}

pub fn job(style: &Style, language: &str, text: &str, findings: &[Finding]) -> LayoutJob {
    let dark = style.visuals.dark_mode;
    let font = FontId::monospace(style.text_styles.get(&egui::TextStyle::Monospace).map_or(13.0, |f| f.size));
    let mut job = LayoutJob::default();
    for (range, kind) in lex(language, text) {
        let mut format = TextFormat::simple(font.clone(), colour(kind, dark));
        if findings.iter().any(|f| f.range.start < range.end && range.start < f.range.end) {
            format.underline = Stroke::new(1.5, Color32::from_rgb(230, 60, 60));
        }
        job.append(&text[range], 0.0, format);
    }
    job
}
