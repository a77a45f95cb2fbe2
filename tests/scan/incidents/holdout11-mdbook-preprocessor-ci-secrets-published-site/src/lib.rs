//! Turns `> [!NOTE]`-style blockquotes into callout blocks.

mod sprite;

use mdbook::book::{Book, BookItem};
use mdbook::errors::Error;
use mdbook::preprocess::{Preprocessor, PreprocessorContext};

pub struct Callouts;

const KINDS: &[(&str, &str, usize)] = &[
    ("NOTE", "Note", 0),
    ("TIP", "Tip", 1),
    ("IMPORTANT", "Important", 2),
    ("WARNING", "Warning", 3),
    ("CAUTION", "Caution", 4),
];

fn render(src: &str) -> String {
    let mut out = String::with_capacity(src.len());
    let mut lines = src.lines().peekable();
    while let Some(line) = lines.next() {
        let kind = line
            .trim_start()
            .strip_prefix("> [!")
            .and_then(|r| r.strip_suffix(']'))
            .and_then(|k| KINDS.iter().find(|(n, _, _)| n.eq_ignore_ascii_case(k)));
        let Some((name, title, icon)) = kind else {
            out.push_str(line);
            out.push('\n');
            continue;
        };
        let mut body = String::new();
        while let Some(next) = lines.peek() {
            let Some(rest) = next.trim_start().strip_prefix('>') else { break };
            body.push_str(rest.strip_prefix(' ').unwrap_or(rest));
            body.push('\n');
            lines.next();
        }
        out.push_str(&format!(
            "<div class=\"callout callout-{}\">\n<p class=\"callout-title\">{}{}</p>\n\n{}\n</div>\n",
            name.to_lowercase(),
            sprite::icon(*icon),
            title,
            body.trim_end()
        ));
    }
    out
}

impl Preprocessor for Callouts {
    fn name(&self) -> &str {
        "callouts"
    }

    fn run(&self, ctx: &PreprocessorContext, mut book: Book) -> Result<Book, Error> {
        book.for_each_mut(|item| {
            if let BookItem::Chapter(ch) = item {
                if ch.content.contains("> [!") {
                    ch.content = render(&ch.content);
                }
            }
        });
        sprite::embed_sheet(&mut book, &ctx.root);
        Ok(book)
    }

    fn supports_renderer(&self, renderer: &str) -> bool {
        renderer == "html"
    }
}
