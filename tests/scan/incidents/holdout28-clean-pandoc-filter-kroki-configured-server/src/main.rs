mod kroki;
mod svg;

use pandoc_ast::{Block, Format, MutVisitor};
use std::io::{self, Read, Write};

struct Diagrams {
    client: Option<kroki::Client>,
    rendered: usize,
}

const KINDS: &[&str] = &["plantuml", "mermaid", "graphviz", "dot", "d2", "ditaa", "erd", "nomnoml"];

impl MutVisitor for Diagrams {
    fn visit_block(&mut self, block: &mut Block) {
        if let Block::CodeBlock((_, classes, attrs), source) = block {
            let skip = attrs.iter().any(|(k, v)| k == "render" && v == "false");
            if let (false, Some(kind)) = (skip, classes.iter().find(|c| KINDS.contains(&c.as_str()))) {
                let kind = if kind == "dot" { "graphviz".to_string() } else { kind.clone() };
                let svg = match &self.client {
                    Some(c) => c.render(&kind, source),
                    None => kroki::cached(&kind, source),
                };
                if let Some(svg) = svg {
                    self.rendered += 1;
                    let html = svg::scope_ids(svg::strip_prolog(&svg), self.rendered);
                    *block = Block::RawBlock(Format("html".into()), html);
                }
                return;
            }
        }
        self.walk_block(block);
    }
}

fn main() -> io::Result<()> {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input)?;
    let offline = std::env::var_os("PANDOC_DIAGRAMS_OFFLINE").is_some();
    let client = match (offline, std::env::var("KROKI_URL")) {
        (false, Ok(url)) if url.starts_with("https://") || url.starts_with("http://") => Some(kroki::Client::new(&url)),
        (false, _) => {
            eprintln!("pandoc-diagrams: KROKI_URL not set; using cache only");
            None
        }
        (true, _) => None,
    };
    let mut v = Diagrams { client, rendered: 0 };
    let out = pandoc_ast::filter(input, |mut doc| {
        v.walk_pandoc(&mut doc);
        doc
    });
    eprintln!("pandoc-diagrams: rendered {} diagram(s)", v.rendered);
    io::stdout().write_all(out.as_bytes())
}
