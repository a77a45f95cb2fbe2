//! Text rendering of a notebook. Output text is also kept (untrimmed) for the statistics pass.

use serde_json::Value;

pub struct Rendered {
    pub text: String,
    pub cells: usize,
    pub output_types: Vec<String>,
    pub output_text: Vec<String>,
}

fn joined(v: &Value) -> String {
    match v {
        Value::Array(lines) => lines.iter().filter_map(Value::as_str).collect(),
        Value::String(s) => s.clone(),
        _ => String::new(),
    }
}

fn trimmed(s: &str, max: usize) -> String {
    let lines: Vec<&str> = s.lines().collect();
    if lines.len() <= max {
        return s.to_string();
    }
    format!("{}\n[... {} more lines]", lines[..max].join("\n"), lines.len() - max)
}

pub fn notebook(nb: &Value) -> Rendered {
    let mut r = Rendered { text: String::new(), cells: 0, output_types: vec![], output_text: vec![] };
    let Some(cells) = nb["cells"].as_array() else { return r };
    for (i, cell) in cells.iter().enumerate() {
        r.cells += 1;
        let kind = cell["cell_type"].as_str().unwrap_or("code");
        r.text.push_str(&format!("## [{}] {}\n", i + 1, kind));
        r.text.push_str(&joined(&cell["source"]));
        r.text.push('\n');
        for out in cell["outputs"].as_array().into_iter().flatten() {
            let otype = out["output_type"].as_str().unwrap_or("?").to_string();
            let text = if out["text"].is_null() {
                joined(&out["data"]["text/plain"])
            } else {
                joined(&out["text"])
            };
            if let Some(img) = out["data"].as_object().and_then(|d| d.keys().find(|k| k.starts_with("image/"))) {
                r.text.push_str(&format!("[{}]\n", img));
            }
            if !text.is_empty() {
                r.text.push_str("--- output ---\n");
                r.text.push_str(&trimmed(&text, 40));
                r.text.push('\n');
                r.output_text.push(text);
            }
            r.output_types.push(otype);
        }
        r.text.push('\n');
    }
    r
}
