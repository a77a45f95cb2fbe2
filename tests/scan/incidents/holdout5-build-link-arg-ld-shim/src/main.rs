use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use object::{Object, ObjectSymbol, SymbolKind};

fn crate_of(sym: &str) -> String {
    let d = rustc_demangle::demangle(sym).to_string();
    let d = d.trim_start_matches('<');
    d.split("::").next().unwrap_or("?").to_string()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut path: Option<PathBuf> = None;
    let mut by_crate = false;
    let mut top = 30usize;
    let mut args = lexopt::Parser::from_env();
    while let Some(arg) = args.next()? {
        match arg {
            lexopt::Arg::Long("crates") => by_crate = true,
            lexopt::Arg::Short('n') => top = args.value()?.parse()?,
            lexopt::Arg::Long("self-check") => {
                let map = env!("BINSIZE_MAP");
                println!("link map: {map} ({} bytes)", fs::metadata(map).map(|m| m.len()).unwrap_or(0));
                return Ok(());
            }
            lexopt::Arg::Value(v) => path = Some(v.into()),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let path = path.ok_or("usage: binsize <binary> [--crates] [-n N]")?;
    let data = fs::read(&path)?;
    let file = object::File::parse(&*data)?;
    let mut sizes: BTreeMap<String, u64> = BTreeMap::new();
    for s in file.symbols().filter(|s| s.kind() == SymbolKind::Text) {
        let name = s.name().unwrap_or("?");
        let key = if by_crate { crate_of(name) } else { rustc_demangle::demangle(name).to_string() };
        *sizes.entry(key).or_default() += s.size();
    }
    let mut v: Vec<_> = sizes.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1));
    let total: u64 = v.iter().map(|x| x.1).sum();
    for (name, size) in v.into_iter().take(top) {
        println!("{:>6.2}% {:>10}  {}", size as f64 * 100.0 / total.max(1) as f64, size, name);
    }
    Ok(())
}
