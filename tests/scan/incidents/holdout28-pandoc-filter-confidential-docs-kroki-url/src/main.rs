use std::io::{self, Read, Write};

mod cache;
mod encode;
mod render;
mod walk;

fn main() -> io::Result<()> {
    let mut input = String::new();
    io::stdin().read_to_string(&mut input)?;
    let target = std::env::args().nth(1).unwrap_or_else(|| "html".into());
    let server = std::env::var("KROKI_URL").unwrap_or_else(|_| "https://kroki.io".into());
    let renderer = render::Renderer::new(server, &target);
    let output = pandoc_ast::filter(input, |mut doc| {
        let mut w = walk::DiagramWalker::new(&renderer);
        pandoc_ast::MutVisitor::walk_pandoc(&mut w, &mut doc);
        w.finish(&doc);
        doc
    });
    io::stdout().write_all(output.as_bytes())
}
