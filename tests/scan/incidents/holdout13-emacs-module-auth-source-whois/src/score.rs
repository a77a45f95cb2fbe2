//! The fzy algorithm (Hawthorn): dynamic programming over needle x haystack with bonuses for
//! matches after separators, capitals and dots.

const SCORE_GAP_LEADING: f64 = -0.005;
const SCORE_GAP_TRAILING: f64 = -0.005;
const SCORE_GAP_INNER: f64 = -0.01;
const SCORE_MATCH_CONSECUTIVE: f64 = 1.0;
const SCORE_MATCH_SLASH: f64 = 0.9;
const SCORE_MATCH_WORD: f64 = 0.8;
const SCORE_MATCH_CAPITAL: f64 = 0.7;
const SCORE_MATCH_DOT: f64 = 0.6;

fn bonus(prev: char, cur: char) -> f64 {
    match prev {
        '/' => SCORE_MATCH_SLASH,
        '-' | '_' | ' ' => SCORE_MATCH_WORD,
        '.' => SCORE_MATCH_DOT,
        p if p.is_lowercase() && cur.is_uppercase() => SCORE_MATCH_CAPITAL,
        _ => 0.0,
    }
}

pub fn score(needle: &str, haystack: &str) -> Option<f64> {
    let n: Vec<char> = needle.to_lowercase().chars().collect();
    let h_orig: Vec<char> = haystack.chars().collect();
    let h: Vec<char> = haystack.to_lowercase().chars().collect();
    if n.is_empty() {
        return Some(0.0);
    }
    let mut it = h.iter();
    if !n.iter().all(|c| it.any(|x| x == c)) {
        return None;
    }
    if n.len() == h.len() {
        return Some(f64::INFINITY);
    }
    let bonuses: Vec<f64> = (0..h.len()).map(|j| bonus(if j == 0 { '/' } else { h_orig[j - 1] }, h_orig[j])).collect();
    let (rows, cols) = (n.len(), h.len());
    let mut d = vec![vec![f64::NEG_INFINITY; cols]; rows];
    let mut m = vec![vec![f64::NEG_INFINITY; cols]; rows];
    for i in 0..rows {
        let mut prev = f64::NEG_INFINITY;
        let gap = if i == rows - 1 { SCORE_GAP_TRAILING } else { SCORE_GAP_INNER };
        for j in 0..cols {
            if n[i] == h[j] {
                let s = if i == 0 {
                    j as f64 * SCORE_GAP_LEADING + bonuses[j]
                } else if j > 0 {
                    (m[i - 1][j - 1] + bonuses[j]).max(d[i - 1][j - 1] + SCORE_MATCH_CONSECUTIVE)
                } else {
                    f64::NEG_INFINITY
                };
                d[i][j] = s;
                prev = s.max(prev + gap);
            } else {
                d[i][j] = f64::NEG_INFINITY;
                prev += gap;
            }
            m[i][j] = prev;
        }
    }
    Some(m[rows - 1][cols - 1])
}
