//! Three-way merge of Cargo.lock `[[package]]` arrays keyed by (name, source).

use std::collections::BTreeMap;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

type Key = (String, String);

fn packages(doc: &DocumentMut) -> BTreeMap<Key, Table> {
    let mut map = BTreeMap::new();
    if let Some(arr) = doc.get("package").and_then(Item::as_array_of_tables) {
        for t in arr.iter() {
            let name = t.get("name").and_then(|v| v.as_str()).unwrap_or_default().to_string();
            let source = t.get("source").and_then(|v| v.as_str()).unwrap_or_default().to_string();
            map.insert((name, source), t.clone());
        }
    }
    map
}

fn version(t: &Table) -> semver::Version {
    t.get("version").and_then(|v| v.as_str()).and_then(|v| semver::Version::parse(v).ok()).unwrap_or(semver::Version::new(0, 0, 0))
}

pub fn merge_files(base: &str, ours: &str, theirs: &str) -> Result<usize, String> {
    let read = |p: &str| -> Result<DocumentMut, String> {
        std::fs::read_to_string(p).map_err(|e| e.to_string())?.parse::<DocumentMut>().map_err(|e| format!("{p}: {e}"))
    };
    let (b, mut o, t) = (read(base)?, read(ours)?, read(theirs)?);
    let (pb, po, pt) = (packages(&b), packages(&o), packages(&t));
    let mut merged: BTreeMap<Key, Table> = BTreeMap::new();
    for (k, v) in po.iter().chain(pt.iter()) {
        let removed_by_other = pb.contains_key(k) && (!po.contains_key(k) || !pt.contains_key(k));
        if removed_by_other {
            continue;
        }
        match merged.get(k) {
            Some(existing) if version(existing) >= version(v) => {}
            _ => {
                merged.insert(k.clone(), v.clone());
            }
        }
    }
    let mut arr = ArrayOfTables::new();
    for t in merged.values() {
        arr.push(t.clone());
    }
    let n = arr.len();
    o["package"] = Item::ArrayOfTables(arr);
    std::fs::write(ours, o.to_string()).map_err(|e| e.to_string())?;
    Ok(n)
}
