//! KeePassXC browser-integration protocol over the local socket: NaCl box encrypted JSON
//! messages after a public key exchange, one request / response at a time.

use crate::assoc::Association;
use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use crypto_box::aead::{Aead, AeadCore, OsRng};
use crypto_box::{PublicKey, SalsaBox, SecretKey};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Login {
    pub login: String,
    pub name: String,
    pub password: String,
    pub uuid: String,
}

pub struct Client {
    sock: UnixStream,
    client_id: String,
    secret: SecretKey,
    boxed: Option<SalsaBox>,
    pub db_hash: Option<String>,
}

fn socket_paths() -> Vec<PathBuf> {
    let mut v = Vec::new();
    if let Some(rt) = std::env::var_os("XDG_RUNTIME_DIR") {
        let rt = PathBuf::from(rt);
        v.push(rt.join("app/org.keepassxc.KeePassXC/org.keepassxc.KeePassXC.BrowserServer"));
        v.push(rt.join("org.keepassxc.KeePassXC.BrowserServer"));
    }
    v.push(std::env::temp_dir().join("org.keepassxc.KeePassXC.BrowserServer"));
    v
}

impl Client {
    pub fn connect() -> Option<Client> {
        let sock = socket_paths().iter().find_map(|p| UnixStream::connect(p).ok())?;
        sock.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
        let client_id = B64.encode(rand_core::RngCore::next_u64(&mut OsRng).to_le_bytes());
        let mut c = Client { sock, client_id, secret: SecretKey::generate(&mut OsRng), boxed: None, db_hash: None };
        c.change_public_keys()?;
        Some(c)
    }

    fn roundtrip(&mut self, msg: &Value) -> Option<Value> {
        self.sock.write_all(msg.to_string().as_bytes()).ok()?;
        let mut buf = vec![0u8; 1 << 20];
        let n = self.sock.read(&mut buf).ok()?;
        serde_json::from_slice(&buf[..n]).ok()
    }

    fn change_public_keys(&mut self) -> Option<()> {
        let nonce = SalsaBox::generate_nonce(&mut OsRng);
        let reply = self.roundtrip(&json!({
            "action": "change-public-keys",
            "publicKey": B64.encode(self.secret.public_key().as_bytes()),
            "nonce": B64.encode(nonce),
            "clientID": self.client_id,
        }))?;
        let server: [u8; 32] = B64.decode(reply["publicKey"].as_str()?).ok()?.try_into().ok()?;
        self.boxed = Some(SalsaBox::new(&PublicKey::from(server), &self.secret));
        Some(())
    }

    pub fn request(&mut self, action: &str, inner: Value) -> Option<Value> {
        let b = self.boxed.as_ref()?;
        let nonce = SalsaBox::generate_nonce(&mut OsRng);
        let sealed = b.encrypt(&nonce, inner.to_string().as_bytes()).ok()?;
        let reply = self.roundtrip(&json!({
            "action": action,
            "message": B64.encode(sealed),
            "nonce": B64.encode(nonce),
            "clientID": self.client_id,
        }))?;
        if reply.get("error").is_some() {
            return None;
        }
        let rn = B64.decode(reply["nonce"].as_str()?).ok()?;
        let msg = B64.decode(reply["message"].as_str()?).ok()?;
        let plain = self.boxed.as_ref()?.decrypt(rn.as_slice().into(), msg.as_slice()).ok()?;
        serde_json::from_slice(&plain).ok()
    }

    pub fn associate(&mut self, id_key: &[u8; 32]) -> Option<String> {
        let key = B64.encode(self.secret.public_key().as_bytes());
        let r = self.request("associate", json!({ "action": "associate", "key": key, "idKey": B64.encode(id_key) }))?;
        r["id"].as_str().map(str::to_string)
    }

    pub fn test_associate(&mut self, a: &Association) -> bool {
        match self.request("test-associate", json!({ "action": "test-associate", "id": a.id, "key": a.id_key })) {
            Some(r) => {
                self.db_hash = r["hash"].as_str().map(str::to_string);
                r["success"] == "true" || r["success"] == true
            }
            None => false,
        }
    }

    pub fn get_logins(&mut self, a: &Association, url: &str) -> Option<Vec<Login>> {
        let r = self.request("get-logins", json!({
            "action": "get-logins",
            "url": url,
            "keys": [{ "id": a.id, "key": a.id_key }],
        }))?;
        Some(
            r["entries"]
                .as_array()?
                .iter()
                .map(|e| Login {
                    login: e["login"].as_str().unwrap_or_default().to_string(),
                    name: e["name"].as_str().unwrap_or_default().to_string(),
                    password: e["password"].as_str().unwrap_or_default().to_string(),
                    uuid: e["uuid"].as_str().unwrap_or_default().to_string(),
                })
                .collect(),
        )
    }

    pub fn get_totp(&mut self, _a: &Association, uuid: &str) -> Option<String> {
        let r = self.request("get-totp", json!({ "action": "get-totp", "uuid": uuid }))?;
        r["totp"].as_str().map(str::to_string)
    }
}
