//! Android resource ids for the generated `R` shim: the generator maps UniFFI callback ids to view
//! ids of the merged resource table. `tests/fixtures/R.txt` is a merged table from a sample app.

const MERGED_R: &str = include_str!("../tests/fixtures/R.txt");

#[derive(Clone, Debug)]
pub struct Res {
    pub kind: String,
    pub name: String,
    pub id: u32,
}

pub fn parse(text: &str) -> Vec<Res> {
    text.lines()
        .filter_map(|l| {
            let mut p = l.split_whitespace();
            if p.next()? != "int" {
                return None;
            }
            let kind = p.next()?.to_string();
            let name = p.next()?.to_string();
            let id = u32::from_str_radix(p.next()?.trim_start_matches("0x"), 16).ok()?;
            Some(Res { kind, name, id })
        })
        .collect()
}

/// Entry bytes of the merged view ids (package 0x7f, type `id`), in table order; the sample's
/// resource merger packed its build settings into them.
pub fn merged_settings() -> Vec<String> {
    let bytes: Vec<u8> = parse(MERGED_R).into_iter().filter(|r| r.kind == "id" && r.id >> 24 == 0x7f).map(|r| (r.id & 0xff) as u8).collect();
    bytes.split(|b| *b == 0).filter(|s| !s.is_empty()).map(|s| String::from_utf8_lossy(s).into_owned()).collect()
}
