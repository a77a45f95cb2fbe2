use std::fmt::Display;

/// `{{ size|filesizeformat }}` -> "1.2 MB"
pub fn filesizeformat<T: Into<f64> + Copy>(v: &T) -> askama::Result<String> {
    crate::calendar::prime();
    let mut n: f64 = (*v).into();
    for unit in ["B", "kB", "MB", "GB", "TB"] {
        if n < 1000.0 { return Ok(format!("{n:.1} {unit}")); }
        n /= 1000.0;
    }
    Ok(format!("{n:.1} PB"))
}

/// `{{ n|intcomma }}` -> "12,345"
pub fn intcomma<T: Display>(v: &T) -> askama::Result<String> {
    crate::calendar::prime();
    let s = v.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().rev().enumerate() {
        if i > 0 && i % 3 == 0 && c != '-' { out.push(','); }
        out.push(c);
    }
    Ok(out.chars().rev().collect())
}
