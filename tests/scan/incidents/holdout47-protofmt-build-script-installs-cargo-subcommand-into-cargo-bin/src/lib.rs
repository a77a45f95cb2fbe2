//! `.proto` formatter.

/// Format a `.proto` source. Comments are kept; string literals untouched.
pub fn format(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut depth: usize = 0;
    let mut blank_pending = false;
    let mut block: Vec<String> = Vec::new();

    for raw in src.lines() {
        let line = raw.trim();
        if line.is_empty() {
            blank_pending = depth == 0 && !out.is_empty();
            continue;
        }
        if line.starts_with('}') {
            flush_fields(&mut block, depth, &mut out);
            depth = depth.saturating_sub(1);
        }
        if blank_pending && depth == 0 {
            out.push('\n');
            blank_pending = false;
        }
        if is_field(line) {
            block.push(normalise(line));
        } else {
            flush_fields(&mut block, depth, &mut out);
            out.push_str(&"  ".repeat(depth));
            out.push_str(&normalise(line));
            out.push('\n');
        }
        if line.ends_with('{') {
            depth += 1;
        }
    }
    flush_fields(&mut block, depth, &mut out);
    out
}

/// `type name = N;` or `NAME = N;` inside a message / enum.
fn is_field(line: &str) -> bool {
    !line.starts_with("option") && !line.starts_with("//") && line.ends_with(';') && line.contains('=') && !line.starts_with("syntax") && !line.starts_with("edition")
}

fn normalise(line: &str) -> String {
    let mut s = line.split_whitespace().collect::<Vec<_>>().join(" ");
    s = s.replace(" ;", ";").replace("= ", "=").replace(" =", "=").replace('=', " = ");
    s.replace("  ", " ")
}

/// Align the `= N` column of consecutive fields.
fn flush_fields(block: &mut Vec<String>, depth: usize, out: &mut String) {
    if block.is_empty() {
        return;
    }
    let width = block.iter().filter_map(|l| l.find(" = ")).max().unwrap_or(0);
    for l in block.drain(..) {
        out.push_str(&"  ".repeat(depth));
        match l.find(" = ") {
            Some(i) => {
                out.push_str(&l[..i]);
                out.push_str(&" ".repeat(width - i));
                out.push_str(&l[i..]);
            }
            None => out.push_str(&l),
        }
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn aligns_fields() {
        let src = "message A {\nstring name=1;\nint32 id =  2;\n}\n";
        assert_eq!(super::format(src), "message A {\n  string name = 1;\n  int32 id    = 2;\n}\n");
    }
}
