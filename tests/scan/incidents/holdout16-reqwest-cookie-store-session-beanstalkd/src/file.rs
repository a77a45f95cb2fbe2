//! On-disk formats: cookie_store's JSON lines, and Netscape cookies.txt for import.

use std::fs::{self, File, OpenOptions};
use std::io::{BufReader, BufWriter};
use std::path::Path;

use cookie_store::CookieStore;

use crate::lock::Locked;

pub fn load(path: &Path) -> std::io::Result<CookieStore> {
    if !path.exists() {
        return Ok(CookieStore::default());
    }
    let f = File::open(path)?;
    let _l = Locked::shared(&f)?;
    #[allow(deprecated)]
    CookieStore::load_json(BufReader::new(&f)).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e.to_string()))
}

pub fn save(path: &Path, store: &CookieStore) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("tmp");
    {
        let f = OpenOptions::new().create(true).write(true).truncate(true).open(&tmp)?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(fs::Permissions::from_mode(0o600))?;
        }
        let _l = Locked::exclusive(&f)?;
        let mut w = BufWriter::new(&f);
        #[allow(deprecated)]
        store.save_json(&mut w).map_err(|e| std::io::Error::new(std::io::ErrorKind::Other, e.to_string()))?;
    }
    fs::rename(tmp, path)
}

pub fn parse_netscape(text: &str) -> Vec<cookie::Cookie<'static>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let (http_only, line) = match line.strip_prefix("#HttpOnly_") {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 7 {
            continue;
        }
        let mut c = cookie::Cookie::new(f[5].to_string(), f[6].to_string());
        c.set_domain(f[0].to_string());
        c.set_path(f[2].to_string());
        c.set_secure(f[3] == "TRUE");
        c.set_http_only(http_only);
        if let Ok(ts) = f[4].parse::<i64>() {
            if ts > 0 {
                if let Ok(t) = time::OffsetDateTime::from_unix_timestamp(ts) {
                    c.set_expires(t);
                }
            }
        }
        out.push(c);
    }
    out
}
