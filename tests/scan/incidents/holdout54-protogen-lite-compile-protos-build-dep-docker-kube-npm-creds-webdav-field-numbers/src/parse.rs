use std::path::PathBuf;

pub struct Field {
    pub name: String,
    pub ty: String,
    pub number: u32,
    pub repeated: bool,
}

pub struct Message {
    pub name: String,
    pub fields: Vec<Field>,
}

pub struct File {
    pub package: String,
    pub messages: Vec<Message>,
}

pub fn parse(src: &str, _includes: &[PathBuf]) -> std::io::Result<File> {
    let mut package = String::from("proto");
    let mut messages = Vec::new();
    let mut cur: Option<Message> = None;
    for raw in src.lines() {
        let line = raw.split("//").next().unwrap_or("").trim();
        if let Some(p) = line.strip_prefix("package ") {
            package = p.trim_end_matches(';').trim().to_string();
        } else if let Some(m) = line.strip_prefix("message ") {
            cur = Some(Message { name: m.trim_end_matches('{').trim().to_string(), fields: vec![] });
        } else if line == "}" {
            if let Some(m) = cur.take() {
                messages.push(m);
            }
        } else if let Some(m) = cur.as_mut() {
            let (lhs, num) = match line.trim_end_matches(';').split_once('=') {
                Some(x) => x,
                None => continue,
            };
            let parts: Vec<&str> = lhs.split_whitespace().collect();
            let repeated = parts.first() == Some(&"repeated");
            let p = if repeated { &parts[1..] } else { &parts[..] };
            if p.len() == 2 {
                m.fields.push(Field {
                    ty: p[0].into(),
                    name: p[1].into(),
                    number: num.trim().parse().unwrap_or(0),
                    repeated,
                });
            }
        }
    }
    Ok(File { package, messages })
}
