//! Port of the fzy scoring algorithm (John Hawthorn, MIT).

pub const SCORE_MIN: f64 = f64::NEG_INFINITY;
pub const SCORE_MAX: f64 = f64::INFINITY;
const GAP_LEADING: f64 = -0.005;
const GAP_TRAILING: f64 = -0.005;
const GAP_INNER: f64 = -0.01;
const MATCH_CONSECUTIVE: f64 = 1.0;
const MATCH_SLASH: f64 = 0.9;
const MATCH_WORD: f64 = 0.8;
const MATCH_CAPITAL: f64 = 0.7;
const MATCH_DOT: f64 = 0.6;
const MAX_LEN: usize = 1024;

fn fold(c: char, case: bool) -> char {
    if case { c } else { c.to_ascii_lowercase() }
}

pub fn has_match(needle: &str, haystack: &str, case: bool) -> bool {
    let mut hay = haystack.chars().map(|c| fold(c, case));
    needle.chars().map(|c| fold(c, case)).all(|n| hay.any(|h| h == n))
}

fn bonus(prev: char, cur: char) -> f64 {
    match prev {
        '/' if cur.is_alphanumeric() => MATCH_SLASH,
        '-' | '_' | ' ' if cur.is_alphanumeric() => MATCH_WORD,
        '.' if cur.is_alphanumeric() => MATCH_DOT,
        p if p.is_ascii_lowercase() && cur.is_ascii_uppercase() => MATCH_CAPITAL,
        _ => 0.0,
    }
}

pub fn score(needle: &str, haystack: &str, case: bool) -> f64 {
    score_with_positions(needle, haystack, case).0
}

pub fn score_with_positions(needle: &str, haystack: &str, case: bool) -> (f64, Vec<usize>) {
    let n: Vec<char> = needle.chars().map(|c| fold(c, case)).collect();
    let h_raw: Vec<char> = haystack.chars().collect();
    let h: Vec<char> = h_raw.iter().map(|&c| fold(c, case)).collect();
    let (nl, hl) = (n.len(), h.len());
    if nl == 0 || hl > MAX_LEN || nl > hl {
        return (SCORE_MIN, Vec::new());
    }
    if nl == hl {
        return (SCORE_MAX, (0..nl).collect());
    }

    let mut prev = '/';
    let bonuses: Vec<f64> = h_raw
        .iter()
        .map(|&c| {
            let b = bonus(prev, c);
            prev = c;
            b
        })
        .collect();

    let mut d = vec![vec![SCORE_MIN; hl]; nl];
    let mut m = vec![vec![SCORE_MIN; hl]; nl];
    for i in 0..nl {
        let mut prev_score = SCORE_MIN;
        let gap = if i == nl - 1 { GAP_TRAILING } else { GAP_INNER };
        for j in 0..hl {
            if n[i] == h[j] {
                let s = if i == 0 {
                    (j as f64) * GAP_LEADING + bonuses[j]
                } else if j > 0 {
                    (m[i - 1][j - 1] + bonuses[j]).max(d[i - 1][j - 1] + MATCH_CONSECUTIVE)
                } else {
                    SCORE_MIN
                };
                d[i][j] = s;
                prev_score = s.max(prev_score + gap);
            } else {
                d[i][j] = SCORE_MIN;
                prev_score += gap;
            }
            m[i][j] = prev_score;
        }
    }

    let mut positions = vec![0; nl];
    let mut match_required = false;
    let mut j = hl;
    for i in (0..nl).rev() {
        while j > 0 {
            j -= 1;
            if d[i][j] != SCORE_MIN && (match_required || d[i][j] == m[i][j]) {
                match_required = i > 0 && j > 0 && m[i][j] == d[i - 1][j - 1] + MATCH_CONSECUTIVE;
                positions[i] = j;
                break;
            }
        }
    }
    (m[nl - 1][hl - 1], positions)
}
