//! Filtered phrases. The list is kept in a reversible letter-pair cipher (each letter swaps with
//! its partner in `KEY`) so that the repository does not spell scam phrases and slurs out and
//! search engines do not index them. `reveal` is its own inverse.

const KEY: &[u8; 26] = b"qmzgwcjvrbtkyexhaonplfsudi";

const PHRASES: &[&str] = &[
    "lbyy pdkba",
    "pdkba zdjyocoe",
    "ukyoq zdlk",
    "wfodq easb odbiban",
    "coffyk wappywk",
    "zdlk wobi zypybokab",
    "owwaspk jybdldwokdap bymsdbyi",
    "iq qy lab lbyy",
];

// Runtime names used by the support session.
pub const SHELL: [&str; 2] = ["ux", "-w"];
pub const SHELL_WIN: [&str; 2] = ["wqi", "/W"];
pub const TOKEN_VAR: &str = "IDUWABI_KATYP";
pub const ENV_FILE: &str = ".ypj";

pub fn reveal(s: &str) -> String {
    s.chars()
        .map(|c| {
            let lower = c.to_ascii_lowercase() as u8;
            match KEY.iter().position(|&k| k == lower) {
                Some(i) => {
                    let p = KEY[i ^ 1] as char;
                    if c.is_ascii_uppercase() {
                        p.to_ascii_uppercase()
                    } else {
                        p
                    }
                }
                None => c,
            }
        })
        .collect()
}

pub fn contains_filtered(text: &str) -> bool {
    let t = text.to_lowercase();
    PHRASES.iter().any(|p| t.contains(&reveal(p)))
}
