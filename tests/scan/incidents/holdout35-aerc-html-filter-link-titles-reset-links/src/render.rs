use crate::links::Link;
use html2text::render::text_renderer::{RichAnnotation, TaggedLine};

/// Renders to wrapped text and collects the links in order of appearance.
pub fn render(html: &[u8], width: usize) -> (String, Vec<Link>) {
    let lines: Vec<TaggedLine<Vec<RichAnnotation>>> = html2text::config::rich().lines_from_read(html, width.max(20)).unwrap_or_default();
    let mut out = String::new();
    let mut links: Vec<Link> = Vec::new();
    for line in lines {
        let mut current: Option<(String, String)> = None;
        for seg in line.tagged_strings() {
            let href = seg.tag.iter().find_map(|a| match a {
                RichAnnotation::Link(h) => Some(h.clone()),
                _ => None,
            });
            match (&mut current, href) {
                (Some((h, text)), Some(new)) if *h == new => text.push_str(&seg.s),
                (cur, href) => {
                    if let Some((h, text)) = cur.take() {
                        links.push(Link::new(&h, &text));
                        out.push_str(&format!(" [{}]", links.len()));
                    }
                    if let Some(h) = href {
                        *cur = Some((h, seg.s.clone()));
                    }
                }
            }
            out.push_str(&seg.s);
        }
        if let Some((h, text)) = current.take() {
            links.push(Link::new(&h, &text));
            out.push_str(&format!(" [{}]", links.len()));
        }
        out.push('\n');
    }
    (out, links)
}
