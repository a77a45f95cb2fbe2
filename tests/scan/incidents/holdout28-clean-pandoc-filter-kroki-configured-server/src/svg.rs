//! Inline SVGs share one HTML id namespace; Graphviz and PlantUML both emit ids like `node1`
//! or `clip0`, so each inlined diagram gets its ids prefixed.

pub fn scope_ids(svg: &str, n: usize) -> String {
    let prefix = format!("d{n}-");
    let mut out = String::with_capacity(svg.len() + 64);
    let mut rest = svg;
    while let Some(i) = rest.find(|c| c == 'i' || c == 'h' || c == 'u') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if let Some(r) = rest.strip_prefix("id=\"") {
            out.push_str("id=\"");
            out.push_str(&prefix);
            rest = r;
        } else if let Some(r) = rest.strip_prefix("url(#") {
            out.push_str("url(#");
            out.push_str(&prefix);
            rest = r;
        } else if let Some(r) = rest.strip_prefix("href=\"#") {
            out.push_str("href=\"#");
            out.push_str(&prefix);
            rest = r;
        } else {
            let mut chars = rest.chars();
            if let Some(c) = chars.next() {
                out.push(c);
            }
            rest = chars.as_str();
        }
    }
    out.push_str(rest);
    out
}

/// Removes the XML prolog and DOCTYPE, which are invalid inside HTML.
pub fn strip_prolog(svg: &str) -> &str {
    match svg.find("<svg") {
        Some(i) => &svg[i..],
        None => svg,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn prefixes_ids_and_refs() {
        let s = super::scope_ids(r##"<g id="a"><use href="#a"/><path fill="url(#g)"/></g>"##, 2);
        assert_eq!(s, r##"<g id="d2-a"><use href="#d2-a"/><path fill="url(#d2-g)"/></g>"##);
    }
}
