//! Decks of typed notes.
//!
//! ```ignore
//! #[derive(ankigen::Note)]
//! #[note(model = "Basic", cloze = "{{c1::front}} means {{c2::back}}")]
//! struct Word { front: String, back: String }
//! ```

pub use ankigen_macros::Note;

pub trait Note {
    const MODEL: &'static str;
    const FIELDS: &'static [&'static str];
    fn values(&self) -> Vec<String>;
}

pub struct Deck {
    pub name: String,
    notes: Vec<(String, Vec<String>)>,
}

impl Deck {
    pub fn new(name: &str) -> Self {
        Self { name: name.into(), notes: Vec::new() }
    }

    pub fn add<N: Note>(&mut self, n: &N) {
        self.notes.push((N::MODEL.to_owned(), n.values()));
    }

    pub fn write_apkg(&self, path: &std::path::Path) -> std::io::Result<()> {
        let f = std::fs::File::create(path)?;
        let mut z = zip::ZipWriter::new(f);
        z.start_file("collection.anki2", zip::write::FileOptions::default())?;
        let tmp = std::env::temp_dir().join("ankigen-collection.anki2");
        let db = rusqlite::Connection::open(&tmp).map_err(|e| std::io::Error::other(e.to_string()))?;
        let _ = db.execute_batch("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, mid TEXT, flds TEXT)");
        for (i, (m, v)) in self.notes.iter().enumerate() {
            let _ = db.execute("INSERT INTO notes VALUES (?1, ?2, ?3)", (i as i64, m, v.join("\u{1f}")));
        }
        drop(db);
        std::io::Write::write_all(&mut z, &std::fs::read(&tmp)?)?;
        z.start_file("media", zip::write::FileOptions::default())?;
        std::io::Write::write_all(&mut z, b"{}")?;
        z.finish()?;
        Ok(())
    }
}
