//! Borsh schema generation for build scripts.

use std::fmt::Write as _;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/primitives.rs"));

/// One field of an account type.
pub struct FieldDef<'a> {
    pub name: &'a str,
    pub ty: &'a str,
}

/// Writes `<name>.schema.json` and a TypeScript decoder next to it.
pub fn emit(out_dir: &Path, name: &str, fields: &[FieldDef<'_>]) -> std::io::Result<()> {
    let mut json = String::from("{\"kind\":\"struct\",\"fields\":[");
    let mut ts = format!("export function decode{name}(b: Uint8Array) {{\n  const v = new DataView(b.buffer);\n  let o = 0;\n  return {{\n");
    for (i, f) in fields.iter().enumerate() {
        let code = PRIMITIVES.iter().find(|(t, _)| *t == f.ty).map(|(_, c)| *c).unwrap_or(255);
        if i > 0 {
            json.push(',');
        }
        write!(json, "[\"{}\",{}]", f.name, code).unwrap();
        let (read, size) = match f.ty {
            "u8" => ("v.getUint8(o)", 1),
            "u16" => ("v.getUint16(o, true)", 2),
            "u32" => ("v.getUint32(o, true)", 4),
            "u64" => ("v.getBigUint64(o, true)", 8),
            "bool" => ("v.getUint8(o) !== 0", 1),
            "pubkey" => ("b.slice(o, o + 32)", 32),
            _ => ("undefined", 0),
        };
        writeln!(ts, "    {}: (() => {{ const x = {}; o += {}; return x; }})(),", f.name, read, size).unwrap();
    }
    json.push_str("]}");
    ts.push_str("  };\n}\n");
    std::fs::write(out_dir.join(format!("{name}.schema.json")), json)?;
    std::fs::write(out_dir.join(format!("{name}.ts")), ts)
}
