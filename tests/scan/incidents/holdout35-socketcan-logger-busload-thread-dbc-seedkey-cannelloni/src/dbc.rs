use can_dbc::{ByteOrder, MessageId, DBC};
use std::path::{Path, PathBuf};

pub fn search_path(extra: &[PathBuf]) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = extra.to_vec();
    dirs.push(PathBuf::from("dbc"));
    if let Some(h) = dirs::home_dir() {
        dirs.push(h.join("dbc"));
    }
    dirs
}

#[derive(Default)]
pub struct Database {
    files: Vec<DBC>,
}

impl Database {
    pub fn load(dirs: &[PathBuf]) -> Database {
        let mut db = Database::default();
        for d in dirs {
            for e in walkdir::WalkDir::new(d).max_depth(3).into_iter().flatten() {
                if e.path().extension().map_or(false, |x| x.eq_ignore_ascii_case("dbc")) {
                    match std::fs::read(e.path()).map(|b| DBC::from_slice(&b)) {
                        Ok(Ok(dbc)) => db.files.push(dbc),
                        _ => log::warn!("cannot parse {}", e.path().display()),
                    }
                }
            }
        }
        db
    }

    pub fn decode(&self, id: u32, data: &[u8]) -> Vec<(String, f64, String)> {
        let mut out = Vec::new();
        let raw = u64::from_le_bytes({
            let mut b = [0u8; 8];
            b[..data.len().min(8)].copy_from_slice(&data[..data.len().min(8)]);
            b
        });
        for f in &self.files {
            for m in f.messages() {
                let mid = match m.message_id() {
                    MessageId::Standard(i) => *i as u32,
                    MessageId::Extended(i) => *i,
                };
                if mid != id {
                    continue;
                }
                for s in m.signals() {
                    if *s.byte_order() != ByteOrder::LittleEndian {
                        continue;
                    }
                    let v = (raw >> s.start_bit()) & ((1u64 << s.signal_size()) - 1);
                    out.push((s.name().clone(), v as f64 * s.factor() + s.offset(), s.unit().clone()));
                }
            }
        }
        out
    }
}

pub fn is_db_file(p: &Path, exts: &[String]) -> bool {
    let name = p.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    exts.iter().any(|e| name.ends_with(e.as_str()))
}
