use std::env;
use std::fs;
use std::io;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::Cookie;

fn map_err(e: rusqlite::Error) -> io::Error {
    io::Error::new(io::ErrorKind::Other, e)
}

/// The browser keeps the database locked; read a copy.
pub(crate) fn snapshot(db: &Path) -> io::Result<std::path::PathBuf> {
    let copy = env::temp_dir().join(format!("bci-{}-{}", std::process::id(), db.file_name().unwrap().to_string_lossy()));
    fs::copy(db, &copy)?;
    Ok(copy)
}

pub fn read(profile: &Path, domain: &str) -> io::Result<Vec<Cookie>> {
    let db = [profile.join("Network").join("Cookies"), profile.join("Cookies")]
        .into_iter()
        .find(|p| p.exists())
        .ok_or_else(|| io::Error::new(io::ErrorKind::NotFound, "Cookies database not found"))?;
    let copy = snapshot(&db)?;
    let conn = Connection::open_with_flags(&copy, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(map_err)?;
    let mut stmt = conn
        .prepare(
            "SELECT host_key, name, value, encrypted_value, path, is_secure, expires_utc \
             FROM cookies WHERE host_key = ?1 OR host_key LIKE ?2",
        )
        .map_err(map_err)?;
    let like = format!("%.{}", domain.trim_start_matches('.'));
    let rows = stmt
        .query_map([domain, like.as_str()], |r| {
            let value: String = r.get(2)?;
            let enc: Vec<u8> = r.get(3)?;
            let encrypted = value.is_empty() && !enc.is_empty();
            Ok(Cookie {
                host: r.get(0)?,
                name: r.get(1)?,
                value: if encrypted { enc.iter().map(|b| format!("{:02x}", b)).collect() } else { value },
                path: r.get(4)?,
                secure: r.get::<_, i64>(5)? != 0,
                expires: r.get(6)?,
                encrypted,
            })
        })
        .map_err(map_err)?;
    let out = rows.filter_map(Result::ok).collect();
    let _ = fs::remove_file(copy);
    Ok(out)
}
