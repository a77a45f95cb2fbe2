pub struct Request { pub name: String, pub method: String, pub url: String, pub headers: Vec<(String, String)>, pub body: String }

pub fn parse(text: &str) -> Vec<Request> {
    text.split("###").filter_map(|block| {
        let mut lines = block.lines().map(str::trim_end).filter(|l| !l.starts_with("//") && !l.starts_with('#') || l.starts_with("###"));
        let mut name = String::new();
        let first = loop {
            let l = lines.next()?;
            if l.trim().is_empty() { continue; }
            if let Some(n) = l.strip_prefix("# @name ") { name = n.into(); continue; }
            break l.to_string();
        };
        let mut it = first.split_whitespace();
        let (method, url) = (it.next()?.to_string(), it.next()?.to_string());
        let mut headers = Vec::new();
        let mut body = String::new();
        let mut in_body = false;
        for l in lines {
            if in_body { body.push_str(l); body.push('\n'); continue; }
            if l.trim().is_empty() { in_body = true; continue; }
            if let Some((k, v)) = l.split_once(':') { headers.push((k.trim().into(), v.trim().into())); }
        }
        Some(Request { name: if name.is_empty() { url.clone() } else { name }, method, url, headers, body })
    }).collect()
}

pub fn subst(s: &str, vars: &serde_json::Map<String, serde_json::Value>) -> String {
    let mut out = s.to_string();
    for (k, v) in vars {
        let v = v.as_str().map(String::from).unwrap_or_else(|| v.to_string());
        out = out.replace(&format!("{{{{{k}}}}}"), &v);
    }
    out
}
