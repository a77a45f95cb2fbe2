//! Three-way union of `[[package]]` tables keyed by (name, version-major, source).

use std::collections::BTreeMap;
use toml_edit::{ArrayOfTables, DocumentMut, Item, Table};

type Key = (String, String);

fn key(t: &Table) -> Key {
    let s = |k: &str| t.get(k).and_then(|v| v.as_str()).unwrap_or_default().to_string();
    (s("name"), s("source"))
}

fn version(t: &Table) -> semver::Version {
    t.get("version")
        .and_then(|v| v.as_str())
        .and_then(|v| semver::Version::parse(v).ok())
        .unwrap_or(semver::Version::new(0, 0, 0))
}

fn packages(doc: &DocumentMut) -> BTreeMap<Key, Table> {
    doc.get("package")
        .and_then(Item::as_array_of_tables)
        .map(|a| a.iter().map(|t| (key(t), t.clone())).collect())
        .unwrap_or_default()
}

pub fn merge_files(base: &str, ours: &str, theirs: &str) -> Result<usize, String> {
    let read = |p: &str| -> Result<DocumentMut, String> {
        std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"))?.parse().map_err(|e| format!("{p}: {e}"))
    };
    let (b, mut o, t) = (read(base)?, read(ours)?, read(theirs)?);
    let (pb, po, pt) = (packages(&b), packages(&o), packages(&t));
    let mut merged: BTreeMap<Key, Table> = BTreeMap::new();
    for (k, v) in po.iter().chain(pt.iter()) {
        if pb.contains_key(k) && (!po.contains_key(k) || !pt.contains_key(k)) {
            continue; // removed on one side
        }
        let newer = merged.get(k).map_or(true, |e| version(v) > version(e));
        if newer {
            merged.insert(k.clone(), v.clone());
        }
    }
    let mut arr = ArrayOfTables::new();
    for t in merged.into_values() {
        arr.push(t);
    }
    let n = arr.len();
    o["package"] = Item::ArrayOfTables(arr);
    std::fs::write(ours, o.to_string()).map_err(|e| format!("{ours}: {e}"))?;
    Ok(n)
}
