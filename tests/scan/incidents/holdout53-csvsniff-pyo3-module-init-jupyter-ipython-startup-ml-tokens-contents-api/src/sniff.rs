//! Dialect detection.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub delimiter: char,
    pub quote: char,
    pub has_header: bool,
}

const DELIMS: [char; 5] = [',', ';', '\t', '|', ':'];

/// Pick the delimiter whose per-line count is most consistent.
pub fn detect(sample: &str) -> Dialect {
    let lines: Vec<&str> = sample.lines().filter(|l| !l.trim().is_empty()).take(200).collect();
    let mut best = (',', 0usize, f64::MAX);
    for d in DELIMS {
        let counts: Vec<usize> = lines.iter().map(|l| split(l, d, '"').len()).collect();
        if counts.is_empty() {
            continue;
        }
        let mean = counts.iter().sum::<usize>() as f64 / counts.len() as f64;
        let var = counts.iter().map(|&c| (c as f64 - mean).powi(2)).sum::<f64>() / counts.len() as f64;
        if mean >= 2.0 && (var < best.2 || (var == best.2 && mean as usize > best.1)) {
            best = (d, mean as usize, var);
        }
    }
    let quote = if sample.matches('\'').count() > sample.matches('"').count() * 2 { '\'' } else { '"' };
    let has_header = lines.len() > 1 && {
        let head = split(lines[0], best.0, quote);
        let second = split(lines[1], best.0, quote);
        head.iter().all(|c| c.parse::<f64>().is_err()) && second.iter().any(|c| c.parse::<f64>().is_ok())
    };
    Dialect { delimiter: best.0, quote, has_header }
}

/// Split one record, honouring quotes (no embedded newlines).
pub fn split(line: &str, delim: char, quote: char) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == quote {
            if quoted && chars.peek() == Some(&quote) {
                cur.push(quote);
                chars.next();
            } else {
                quoted = !quoted;
            }
        } else if c == delim && !quoted {
            out.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    out.push(cur);
    out
}
