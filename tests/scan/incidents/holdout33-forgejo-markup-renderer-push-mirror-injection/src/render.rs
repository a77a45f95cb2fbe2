//! nbformat 4 to HTML.

use crate::template::*;
use serde_json::Value;

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
        _ => String::new(),
    }
}

fn markdown(src: &str) -> String {
    let parser = pulldown_cmark::Parser::new_ext(src, pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH);
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, parser);
    html
}

fn output(o: &Value, html: &mut String) {
    match o["output_type"].as_str() {
        Some("stream") => {
            let name = o["name"].as_str().unwrap_or("stdout");
            html.push_str(&STREAM_OPEN.replace("{name}", name));
            html.push_str(&html_escape::encode_text(&text(&o["text"])));
            html.push_str("</pre>");
        }
        Some("error") => {
            html.push_str(ERROR_OPEN);
            let tb: Vec<String> = o["traceback"].as_array().map(|a| a.iter().filter_map(Value::as_str).map(strip_ansi).collect()).unwrap_or_default();
            html.push_str(&html_escape::encode_text(&tb.join("\n")));
            html.push_str("</pre>");
        }
        Some("display_data") | Some("execute_result") => {
            let data = &o["data"];
            for mime in ["image/png", "image/jpeg"] {
                if let Some(b64) = data.get(mime) {
                    html.push_str(&IMAGE.replace("{mime}", mime).replace("{data}", text(b64).trim()));
                    return;
                }
            }
            if let Some(svg) = data.get("image/svg+xml") {
                html.push_str(&text(svg));
            } else if let Some(h) = data.get("text/html") {
                html.push_str(&text(h));
            } else if let Some(t) = data.get("text/plain") {
                html.push_str("<pre>");
                html.push_str(&html_escape::encode_text(&text(t)));
                html.push_str("</pre>");
            }
        }
        _ => {}
    }
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
            continue;
        }
        out.push(c);
    }
    out
}

pub fn notebook(src: &str) -> Result<String, String> {
    let nb: Value = serde_json::from_str(src).map_err(|e| format!("not a notebook: {e}"))?;
    if nb["nbformat"].as_u64().unwrap_or(0) < 4 {
        return Err("only nbformat 4 is supported".into());
    }
    let lang = nb["metadata"]["language_info"]["name"].as_str().unwrap_or("python");
    let mut html = String::from("<div class=\"nb\">");
    for (i, cell) in nb["cells"].as_array().into_iter().flatten().enumerate() {
        html.push_str(CELL_OPEN);
        match cell["cell_type"].as_str() {
            Some("markdown") => html.push_str(&markdown(&text(&cell["source"]))),
            Some("code") => {
                let n = cell["execution_count"].as_u64().map(|n| n.to_string()).unwrap_or_else(|| " ".into());
                html.push_str(&PROMPT.replace("{n}", &n));
                html.push_str(&CODE_OPEN.replace("{lang}", lang));
                html.push_str(&html_escape::encode_text(&text(&cell["source"])));
                html.push_str(CODE_CLOSE);
                html.push_str(OUTPUT_OPEN);
                for o in cell["outputs"].as_array().into_iter().flatten() {
                    output(o, &mut html);
                }
                html.push_str("</div>");
            }
            _ => {
                html.push_str("<pre>");
                html.push_str(&html_escape::encode_text(&text(&cell["source"])));
                html.push_str("</pre>");
            }
        }
        html.push_str(CELL_CLOSE);
        let _ = i;
    }
    html.push_str("</div>");
    Ok(html)
}
