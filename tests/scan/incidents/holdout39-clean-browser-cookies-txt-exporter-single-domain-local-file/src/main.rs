//! cookiejar-export --domain example.org [--browser firefox|chromium] [--out cookies.txt]
//!
//! Reads the browser's cookie database from a temporary copy (the browser keeps it locked),
//! keeps only cookies whose host matches --domain, and writes them to --out with mode 0600.
//! Chromium values are decrypted with the "Chromium Safe Storage" password from the user's own
//! keyring (the OS asks for permission). Nothing is sent anywhere; --domain is required.

mod chromium;

use std::io::Write;

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let get = |k: &str| a.iter().position(|x| x == k).and_then(|i| a.get(i + 1)).cloned();
    let domain = get("--domain").ok_or_else(|| anyhow::anyhow!("--domain is required"))?;
    let out = get("--out").unwrap_or_else(|| "cookies.txt".into());
    let rows = match get("--browser").as_deref().unwrap_or("firefox") {
        "chromium" => chromium::cookies(&domain)?,
        _ => firefox(&domain)?,
    };
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut f, 0o600);
    let mut f = f.open(&out)?;
    writeln!(f, "# Netscape HTTP Cookie File")?;
    for (host, path, secure, exp, name, value) in &rows {
        let sub = if host.starts_with('.') { "TRUE" } else { "FALSE" };
        writeln!(f, "{host}\t{sub}\t{path}\t{}\t{exp}\t{name}\t{value}", if *secure { "TRUE" } else { "FALSE" })?;
    }
    eprintln!("wrote {} cookies for {domain} to {out}", rows.len());
    Ok(())
}

pub type Row = (String, String, bool, i64, String, String);

pub fn host_matches(host: &str, domain: &str) -> bool {
    let h = host.trim_start_matches('.');
    h == domain || h.ends_with(&format!(".{domain}"))
}

fn firefox(domain: &str) -> anyhow::Result<Vec<Row>> {
    let base = dirs::home_dir().unwrap().join(".mozilla/firefox");
    let profile = std::fs::read_dir(&base)?.flatten().map(|e| e.path()).find(|p| p.join("cookies.sqlite").exists()).ok_or_else(|| anyhow::anyhow!("no Firefox profile"))?;
    let tmp = std::env::temp_dir().join(format!("cookiejar-{}.sqlite", std::process::id()));
    std::fs::copy(profile.join("cookies.sqlite"), &tmp)?;
    let db = rusqlite::Connection::open(&tmp)?;
    let mut st = db.prepare("SELECT host, path, isSecure, expiry, name, value FROM moz_cookies")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get::<_, i64>(2)? != 0, r.get(3)?, r.get(4)?, r.get(5)?)))?
        .flatten()
        .filter(|r: &Row| host_matches(&r.0, domain))
        .collect();
    drop(st);
    drop(db);
    std::fs::remove_file(tmp)?;
    Ok(rows)
}
