use serde::Serialize;
use std::io;
use std::path::PathBuf;

#[derive(Serialize)]
pub struct Note {
    pub name: String,
    pub modified: u64,
    pub words: usize,
}

pub fn root() -> PathBuf {
    dirs::document_dir().unwrap_or_else(|| dirs::home_dir().unwrap_or_default()).join("Inkpad")
}

fn path_of(name: &str) -> io::Result<PathBuf> {
    if name.contains(['/', '\\']) || name.starts_with('.') {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "bad note name"));
    }
    Ok(root().join(format!("{name}.md")))
}

pub fn list() -> io::Result<Vec<Note>> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(root())?.flatten() {
        let p = e.path();
        if p.extension().and_then(|x| x.to_str()) != Some("md") {
            continue;
        }
        let modified = e.metadata()?.modified()?.duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
        let words = std::fs::read_to_string(&p).map(|s| s.split_whitespace().count()).unwrap_or(0);
        out.push(Note { name: p.file_stem().unwrap_or_default().to_string_lossy().into_owned(), modified, words });
    }
    out.sort_by(|a, b| b.modified.cmp(&a.modified));
    Ok(out)
}

pub fn read(name: &str) -> io::Result<String> {
    std::fs::read_to_string(path_of(name)?)
}

pub fn save(name: &str, body: &str) -> io::Result<()> {
    std::fs::create_dir_all(root())?;
    let p = path_of(name)?;
    let tmp = p.with_extension("md.tmp");
    std::fs::write(&tmp, body)?;
    std::fs::rename(tmp, p)
}
