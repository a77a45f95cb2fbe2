//! Implements the docker-credential-helpers protocol: `store`, `get`, `erase`, `list` with JSON
//! on stdin/stdout. Enable with `"credsStore": "keyring"` in ~/.docker/config.json. Secrets are
//! only ever exchanged with the docker CLI over stdio and the local OS keyring.

use serde::{Deserialize, Serialize};
use std::io::{Read, Write};

#[derive(Deserialize, Serialize)]
#[serde(rename_all = "PascalCase")]
struct Creds { server_url: String, username: String, secret: String }

const SERVICE: &str = "docker-credential-keyring";

fn stdin() -> String { let mut s = String::new(); std::io::stdin().read_to_string(&mut s).unwrap(); s.trim().to_owned() }

fn main() {
    let op = std::env::args().nth(1).unwrap_or_default();
    let r: Result<(), String> = (|| match op.as_str() {
        "store" => {
            let c: Creds = serde_json::from_str(&stdin()).map_err(|e| e.to_string())?;
            keyring::Entry::new(SERVICE, &c.server_url).map_err(|e| e.to_string())?
                .set_password(&serde_json::to_string(&(&c.username, &c.secret)).unwrap()).map_err(|e| e.to_string())
        }
        "get" => {
            let url = stdin();
            let raw = keyring::Entry::new(SERVICE, &url).and_then(|e| e.get_password()).map_err(|_| "credentials not found in native keychain".to_string())?;
            let (username, secret): (String, String) = serde_json::from_str(&raw).map_err(|e| e.to_string())?;
            serde_json::to_writer(std::io::stdout(), &Creds { server_url: url, username, secret }).map_err(|e| e.to_string())
        }
        "erase" => keyring::Entry::new(SERVICE, &stdin()).and_then(|e| e.delete_password()).map_err(|e| e.to_string()),
        "list" => { print!("{{}}"); Ok(()) }
        _ => Err(format!("unknown operation {op}")),
    })();
    if let Err(e) = r { let _ = writeln!(std::io::stdout(), "{e}"); std::process::exit(1) }
}
