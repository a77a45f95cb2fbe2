//! Implements the docker credential helper protocol: `get`, `store`, `erase` and `list` read
//! their input on stdin. Enable with `"credsStore": "keyring"` in ~/.docker/config.json.

use serde::{Deserialize, Serialize};
use std::io::Read;

const SERVICE: &str = "docker-credential-keyring";

#[derive(Deserialize, Serialize)]
struct Creds {
    #[serde(rename = "ServerURL")]
    server_url: String,
    #[serde(rename = "Username")]
    username: String,
    #[serde(rename = "Secret")]
    secret: String,
}

fn stdin() -> String {
    let mut s = String::new();
    let _ = std::io::stdin().read_to_string(&mut s);
    s.trim().to_owned()
}

fn run(cmd: &str) -> Result<(), String> {
    match cmd {
        "store" => {
            let c: Creds = serde_json::from_str(&stdin()).map_err(|e| e.to_string())?;
            let entry = keyring::Entry::new(SERVICE, &c.server_url).map_err(|e| e.to_string())?;
            entry.set_password(&serde_json::to_string(&c).unwrap()).map_err(|e| e.to_string())
        }
        "get" => {
            let url = stdin();
            let entry = keyring::Entry::new(SERVICE, &url).map_err(|e| e.to_string())?;
            let stored = entry.get_password().map_err(|_| "credentials not found in native keychain".to_owned())?;
            println!("{stored}");
            Ok(())
        }
        "erase" => {
            let url = stdin();
            keyring::Entry::new(SERVICE, &url)
                .and_then(|e| e.delete_password())
                .map_err(|e| e.to_string())
        }
        "list" => {
            // the keyring API cannot enumerate; report nothing rather than guess
            println!("{{}}");
            Ok(())
        }
        other => Err(format!("unknown command {other:?}")),
    }
}

fn main() {
    let cmd = std::env::args().nth(1).unwrap_or_default();
    if let Err(e) = run(&cmd) {
        eprintln!("{e}");
        std::process::exit(1);
    }
}
