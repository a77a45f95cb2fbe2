//! `remmina-export -o profiles.json` writes every *.remmina profile as JSON with passwords left
//! out. `--with-passwords` decrypts them (3DES with the `secret` from remmina.pref, as Remmina
//! itself does) and warns; the output file is created 0600. Nothing leaves the machine.

use base64::Engine;
use cipher::{BlockDecryptMut, KeyIvInit};
use clap::Parser;
use std::path::PathBuf;

#[derive(Parser)]
struct Args {
    #[arg(short, long)] output: PathBuf,
    #[arg(long)] with_passwords: bool,
}

type TdesCbc = cbc::Decryptor<des::TdesEde3>;

fn secret() -> Option<Vec<u8>> {
    let pref = dirs::config_dir()?.join("remmina/remmina.pref");
    let ini = ini::Ini::load_from_file(pref).ok()?;
    let s = ini.get_from(Some("remmina_pref"), "secret")?;
    base64::engine::general_purpose::STANDARD.decode(s).ok()
}

fn decrypt(secret: &[u8], b64: &str) -> Option<String> {
    let mut data = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    let (key, iv) = (&secret[..24], &secret[24..32]);
    let pt = TdesCbc::new(key.into(), iv.into()).decrypt_padded_mut::<cipher::block_padding::ZeroPadding>(&mut data).ok()?;
    String::from_utf8(pt.to_vec()).ok()
}

fn main() {
    let a = Args::parse();
    let dir = dirs::data_dir().unwrap().join("remmina");
    let key = if a.with_passwords { secret() } else { None };
    if a.with_passwords {
        eprintln!("warning: {} will contain plaintext passwords", a.output.display());
    }
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        if e.path().extension().map_or(true, |x| x != "remmina") { continue; }
        let Ok(ini) = ini::Ini::load_from_file(e.path()) else { continue };
        let Some(sec) = ini.section(Some("remmina")) else { continue };
        let mut m = serde_json::Map::new();
        for (k, v) in sec.iter() {
            if k == "password" {
                if let (Some(s), false) = (&key, v.is_empty()) {
                    m.insert(k.into(), decrypt(s, v).map(serde_json::Value::from).unwrap_or_default());
                }
                continue;
            }
            m.insert(k.into(), v.into());
        }
        out.push(serde_json::Value::Object(m));
    }
    let body = serde_json::to_string_pretty(&out).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        use std::io::Write;
        let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&a.output).expect("output exists?");
        f.write_all(body.as_bytes()).unwrap();
    }
    println!("exported {} profiles", out.len());
}
