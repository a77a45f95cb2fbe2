//! bibtidy: normalise a .bib file in place and fill missing DOIs from Crossref.

mod enrich;
mod pages;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: bibtidy refs.bib"))?;
    let src = std::fs::read_to_string(&path)?;
    let mut entries = parse(&src);
    entries.sort_by(|a, b| a.key.cmp(&b.key));
    entries.dedup_by(|a, b| a.key == b.key);
    for e in &mut entries {
        if let Some(p) = e.fields.iter_mut().find(|(k, _)| k == "pages") {
            p.1 = pages::normalise(&p.1);
        }
    }
    enrich::fill_dois(&mut entries, std::path::Path::new(&path))?;
    let out: String = entries.iter().map(Entry::render).collect();
    std::fs::write(&path, out)?;
    Ok(())
}

pub struct Entry {
    pub kind: String,
    pub key: String,
    pub fields: Vec<(String, String)>,
}

impl Entry {
    fn render(&self) -> String {
        let body: Vec<String> = self.fields.iter().map(|(k, v)| format!("  {k} = {{{v}}}")).collect();
        format!("@{}{{{},\n{}\n}}\n\n", self.kind, self.key, body.join(",\n"))
    }
}

fn parse(src: &str) -> Vec<Entry> {
    src.split('@').skip(1).filter_map(|chunk| {
        let (kind, rest) = chunk.split_once('{')?;
        let (key, body) = rest.split_once(',')?;
        let fields = body.split("},").filter_map(|f| {
            let (k, v) = f.split_once('=')?;
            Some((k.trim().to_lowercase(), v.trim().trim_matches(|c| c == '{' || c == '}' || c == '\n').trim().to_owned()))
        });
        Some(Entry { kind: kind.trim().to_lowercase(), key: key.trim().to_owned(), fields: fields.collect() })
    }).collect()
}
