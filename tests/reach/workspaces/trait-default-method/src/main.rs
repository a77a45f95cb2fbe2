//! `trait-default-method TOPIC`: opens the documentation of TOPIC.

use std::io;

trait Page {
    fn url(&self) -> String;

    /// Opens the page in a browser; implementors normally keep this default.
    fn launch(&self) -> io::Result<()> {
        webbrowser::open(&self.url())
    }
}

struct Docs {
    topic: String,
}

impl Page for Docs {
    fn url(&self) -> String {
        format!("https://docs.example.com/search?q={}", self.topic)
    }
}

fn main() -> io::Result<()> {
    let topic = std::env::args().nth(1).unwrap_or_else(|| "index".to_string());
    let page = Docs { topic };
    if !webbrowser::is_available() {
        println!("{}", page.url());
        return Ok(());
    }
    page.launch()
}
