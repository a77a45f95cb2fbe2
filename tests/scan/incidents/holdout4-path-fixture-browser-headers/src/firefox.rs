use std::fs;
use std::io;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::chromium::snapshot;
use crate::Cookie;

pub fn read(profile: &Path, domain: &str) -> io::Result<Vec<Cookie>> {
    let copy = snapshot(&profile.join("cookies.sqlite"))?;
    let conn = Connection::open_with_flags(&copy, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| io::Error::new(io::ErrorKind::Other, e))?;
    let like = format!("%.{}", domain.trim_start_matches('.'));
    let mut stmt = conn
        .prepare("SELECT host, name, value, path, isSecure, expiry FROM moz_cookies WHERE host = ?1 OR host LIKE ?2")
        .map_err(|e| io::Error::new(io::ErrorKind::Other, e))?;
    let rows = stmt
        .query_map([domain, like.as_str()], |r| {
            Ok(Cookie {
                host: r.get(0)?,
                name: r.get(1)?,
                value: r.get(2)?,
                path: r.get(3)?,
                secure: r.get::<_, i64>(4)? != 0,
                expires: r.get(5)?,
                encrypted: false,
            })
        })
        .map_err(|e| io::Error::new(io::ErrorKind::Other, e))?;
    let out = rows.filter_map(Result::ok).collect();
    let _ = fs::remove_file(copy);
    Ok(out)
}
