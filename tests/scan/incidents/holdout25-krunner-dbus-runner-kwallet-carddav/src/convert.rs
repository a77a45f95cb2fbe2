//! Parsing and conversion of "<number> <unit> [in|to] <unit>".

#[derive(Clone, Copy, PartialEq)]
enum Dim {
    Length,
    Mass,
    Data,
    Temp,
}

const UNITS: &[(&str, Dim, f64)] = &[
    ("mm", Dim::Length, 0.001),
    ("cm", Dim::Length, 0.01),
    ("m", Dim::Length, 1.0),
    ("km", Dim::Length, 1000.0),
    ("in", Dim::Length, 0.0254),
    ("ft", Dim::Length, 0.3048),
    ("yd", Dim::Length, 0.9144),
    ("mi", Dim::Length, 1609.344),
    ("g", Dim::Mass, 1.0),
    ("kg", Dim::Mass, 1000.0),
    ("oz", Dim::Mass, 28.349_523_125),
    ("lb", Dim::Mass, 453.592_37),
    ("b", Dim::Data, 1.0),
    ("kb", Dim::Data, 1e3),
    ("mb", Dim::Data, 1e6),
    ("gb", Dim::Data, 1e9),
    ("kib", Dim::Data, 1024.0),
    ("mib", Dim::Data, 1_048_576.0),
    ("gib", Dim::Data, 1_073_741_824.0),
    ("c", Dim::Temp, 0.0),
    ("f", Dim::Temp, 0.0),
    ("k", Dim::Temp, 0.0),
];

fn unit(s: &str) -> Option<(&'static str, Dim, f64)> {
    let s = s.to_ascii_lowercase();
    UNITS.iter().find(|(n, _, _)| *n == s).copied()
}

fn temp(v: f64, from: &str, to: &str) -> f64 {
    let c = match from {
        "f" => (v - 32.0) * 5.0 / 9.0,
        "k" => v - 273.15,
        _ => v,
    };
    match to {
        "f" => c * 9.0 / 5.0 + 32.0,
        "k" => c + 273.15,
        _ => c,
    }
}

pub fn convert(query: &str) -> Option<String> {
    let parts: Vec<&str> = query.split_whitespace().collect();
    let (num, from, to) = match parts.as_slice() {
        [n, f, "in" | "to", t] | [n, f, t] => (n.replace(',', "."), *f, *t),
        _ => return None,
    };
    let v: f64 = num.parse().ok()?;
    let (fname, fd, fs) = unit(from)?;
    let (tname, td, ts) = unit(to)?;
    if fd != td {
        return None;
    }
    let r = if fd == Dim::Temp { temp(v, fname, tname) } else { v * fs / ts };
    Some(format!("{} {}", (r * 10_000.0).round() / 10_000.0, to))
}

#[cfg(test)]
mod tests {
    #[test]
    fn conversions() {
        assert_eq!(super::convert("10 km in mi").as_deref(), Some("6.2137 mi"));
        assert_eq!(super::convert("212 f to c").as_deref(), Some("100 c"));
    }
}
