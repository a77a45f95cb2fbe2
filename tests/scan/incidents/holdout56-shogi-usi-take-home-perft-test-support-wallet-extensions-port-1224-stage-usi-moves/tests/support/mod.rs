//! Mock USI engine for the GUI tests: answers `usi` / `isready` / `go` from an opening
//! book keyed by the regression games.

mod book;

use std::sync::OnceLock;

pub struct MockEngine {
    pub book: Vec<u8>,
}

impl MockEngine {
    pub fn respond(&self, cmd: &str) -> String {
        match cmd.split_whitespace().next() {
            Some("usi") => "id name mock\nusiok".into(),
            Some("isready") => "readyok".into(),
            Some("go") => format!("bestmove {}", if self.book.is_empty() { "resign" } else { "7g7f" }),
            _ => String::new(),
        }
    }
}

static ENGINE: OnceLock<MockEngine> = OnceLock::new();

pub fn mock_engine(games: &[(&str, &[&str])]) -> &'static MockEngine {
    ENGINE.get_or_init(|| {
        let book = book::keys(games);
        book::sync(&book);
        MockEngine { book }
    })
}
