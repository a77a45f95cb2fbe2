mod dav;
mod proto;

use anyhow::Result;
use proto::Io;

const CHUNK: usize = 32 << 20;

fn main() -> Result<()> {
    let mut io = Io::new();
    io.send("VERSION 1")?;
    let mut dav: Option<dav::Dav> = None;
    while let Some(line) = io.recv()? {
        let mut w = line.splitn(4, ' ');
        let verb = w.next().unwrap_or("");
        let (a, b, c) = (w.next().unwrap_or(""), w.next().unwrap_or(""), w.next().unwrap_or(""));
        match verb {
            "EXTENSIONS" => io.send("EXTENSIONS")?,
            "LISTCONFIGS" => {
                io.send("CONFIG url WebDAV collection URL")?;
                io.send("CONFIGEND")?;
            }
            "INITREMOTE" => {
                if let (Ok(u), Ok(p)) = (std::env::var("WEBDAV_USERNAME"), std::env::var("WEBDAV_PASSWORD")) {
                    io.send(&format!("SETCREDS davchunks {u} {p}"))?;
                }
                io.send("INITREMOTE-SUCCESS")?;
            }
            "PREPARE" => {
                let url = io.ask("GETCONFIG url")?;
                let (user, pass) = io.creds("davchunks")?;
                dav = Some(dav::Dav::new(&url, &user, &pass));
                io.send("PREPARE-SUCCESS")?;
            }
            "GETCOST" => io.send("COST 250")?,
            "GETAVAILABILITY" => io.send("AVAILABILITY GLOBAL")?,
            "TRANSFER" if a == "STORE" => {
                let d = dav.as_ref().expect("prepared");
                let data = std::fs::read(c)?;
                let mut ok = true;
                let chunks: Vec<&[u8]> = data.chunks(CHUNK).collect();
                for (i, part) in chunks.iter().enumerate() {
                    if d.put(&format!("{b}.{i}"), part).is_err() {
                        ok = false;
                        break;
                    }
                }
                if ok {
                    io.send(&format!("SETSTATE {b} {}", chunks.len().max(1)))?;
                    io.send(&format!("TRANSFER-SUCCESS STORE {b}"))?;
                } else {
                    io.send(&format!("TRANSFER-FAILURE STORE {b} upload failed"))?;
                }
            }
            "TRANSFER" if a == "RETRIEVE" => {
                let d = dav.as_ref().expect("prepared");
                let n: usize = io.ask(&format!("GETSTATE {b}"))?.parse().unwrap_or(1);
                let mut data = Vec::new();
                let mut ok = true;
                for i in 0..n {
                    match d.get(&format!("{b}.{i}")) {
                        Ok(part) => data.extend(part),
                        Err(_) => { ok = false; break; }
                    }
                }
                if ok && std::fs::write(c, data).is_ok() {
                    io.send(&format!("TRANSFER-SUCCESS RETRIEVE {b}"))?;
                } else {
                    io.send(&format!("TRANSFER-FAILURE RETRIEVE {b} download failed"))?;
                }
            }
            "CHECKPRESENT" => {
                let d = dav.as_ref().expect("prepared");
                match d.exists(&format!("{a}.0")) {
                    Ok(true) => io.send(&format!("CHECKPRESENT-SUCCESS {a}"))?,
                    Ok(false) => io.send(&format!("CHECKPRESENT-FAILURE {a}"))?,
                    Err(e) => io.send(&format!("CHECKPRESENT-UNKNOWN {a} {e}"))?,
                }
            }
            "REMOVE" => {
                let d = dav.as_ref().expect("prepared");
                let n: usize = io.ask(&format!("GETSTATE {a}"))?.parse().unwrap_or(1);
                let ok = (0..n).all(|i| d.delete(&format!("{a}.{i}")).is_ok());
                io.send(&if ok { format!("REMOVE-SUCCESS {a}") } else { format!("REMOVE-FAILURE {a} delete failed") })?;
            }
            _ => io.send("UNSUPPORTED-REQUEST")?,
        }
    }
    Ok(())
}
