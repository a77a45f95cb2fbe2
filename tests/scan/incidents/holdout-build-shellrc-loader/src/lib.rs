//! Colourful rendering of `CHANGELOG.md` files.

use anstyle::{AnsiColor, Color, Style};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

include!(concat!(env!("OUT_DIR"), "/themes.rs"));

fn color(name: &str) -> Option<Color> {
    let c = match name {
        "green" => AnsiColor::Green,
        "yellow" => AnsiColor::Yellow,
        "magenta" => AnsiColor::Magenta,
        "red" => AnsiColor::Red,
        "cyan" => AnsiColor::Cyan,
        "bright_red" => AnsiColor::BrightRed,
        _ => return None,
    };
    Some(Color::Ansi(c))
}

/// Render a changelog as ANSI-coloured text.
pub fn render(markdown: &str) -> String {
    let mut out = String::new();
    let mut style = Style::new();
    let mut marker = "";
    let mut in_heading = false;
    for ev in Parser::new(markdown) {
        match ev {
            Event::Start(Tag::Heading { level: HeadingLevel::H3, .. }) => in_heading = true,
            Event::End(TagEnd::Heading(_)) => {
                in_heading = false;
                out.push('\n');
            }
            Event::Text(t) if in_heading => {
                if let Some((_, c, m)) = THEMES.iter().find(|(h, _, _)| *h == &*t) {
                    style = Style::new().fg_color(color(c)).bold();
                    marker = *m;
                }
                out.push_str(&format!("{}{}{}", style.render(), t, style.render_reset()));
            }
            Event::Start(Tag::Item) => out.push_str(&format!("  {}{}{} ", style.render(), marker, style.render_reset())),
            Event::Text(t) => out.push_str(&t),
            Event::End(TagEnd::Item) => out.push('\n'),
            _ => {}
        }
    }
    out
}
