//! Minimal G-code model: lines with their parsed words, layer and extrusion role.

#[derive(Clone, Debug, Default)]
pub struct Line {
    pub raw: String,
    pub cmd: Option<String>,
    pub x: Option<f64>,
    pub y: Option<f64>,
    pub z: Option<f64>,
    pub e: Option<f64>,
    pub f: Option<f64>,
    pub layer: usize,
    pub role: String,
}

#[derive(Default)]
pub struct Program {
    pub lines: Vec<Line>,
    pub layers: usize,
    pub relative_e: bool,
}

fn word(s: &str, key: char) -> Option<f64> {
    s.split_whitespace().find(|w| w.starts_with(key)).and_then(|w| w[1..].parse().ok())
}

impl Program {
    pub fn parse(text: &str) -> Program {
        Program::parse_with(text, ";LAYER_CHANGE", ";TYPE:")
    }

    pub fn parse_with(text: &str, layer_marker: &str, role_prefix: &str) -> Program {
        let mut p = Program::default();
        let mut layer = 0usize;
        let mut role = String::new();
        for raw in text.lines() {
            let code = raw.split(';').next().unwrap_or("").trim();
            if raw.starts_with(layer_marker) {
                layer += 1;
            }
            if let Some(r) = raw.strip_prefix(role_prefix) {
                role = format!("{role_prefix}{r}");
            }
            match code.split_whitespace().next() {
                Some("M83") => p.relative_e = true,
                Some("M82") => p.relative_e = false,
                _ => {}
            }
            let cmd = code.split_whitespace().next().map(str::to_string);
            p.lines.push(Line {
                raw: raw.to_string(),
                x: word(code, 'X'),
                y: word(code, 'Y'),
                z: word(code, 'Z'),
                e: word(code, 'E'),
                f: word(code, 'F'),
                cmd,
                layer,
                role: role.clone(),
            });
        }
        p.layers = layer;
        p
    }

    pub fn render(&self) -> String {
        let mut out = String::with_capacity(self.lines.len() * 24);
        for l in &self.lines {
            out.push_str(&l.raw);
            out.push('\n');
        }
        out
    }
}

/// Re-serialise a move with a new E value, keeping the other words and any comment.
pub fn with_e(raw: &str, e: f64) -> String {
    let (code, comment) = match raw.find(';') {
        Some(i) => (&raw[..i], &raw[i..]),
        None => (raw, ""),
    };
    let words: Vec<String> = code
        .split_whitespace()
        .map(|w| if w.starts_with('E') { format!("E{e:.5}") } else { w.to_string() })
        .collect();
    if comment.is_empty() {
        words.join(" ")
    } else {
        format!("{} {}", words.join(" "), comment)
    }
}
