//! Just enough of the KeePassXC browser protocol: key exchange, association and get-logins.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;
use crypto_box::aead::{Aead, AeadCore, OsRng};
use crypto_box::{PublicKey, SalsaBox, SecretKey};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;

#[derive(Serialize, Deserialize)]
pub struct Association {
    id: String,
    key: String,
}

pub struct Client {
    sock: UnixStream,
    id: String,
    secret: SecretKey,
    boxed: Option<SalsaBox>,
}

fn sockets() -> Vec<PathBuf> {
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
        let sock = sockets().iter().find_map(|p| UnixStream::connect(p).ok())?;
        let id = B64.encode(rand_core::RngCore::next_u64(&mut OsRng).to_le_bytes());
        let mut c = Client { sock, id, secret: SecretKey::generate(&mut OsRng), boxed: None };
        let nonce = SalsaBox::generate_nonce(&mut OsRng);
        let r = c.raw(&json!({
            "action": "change-public-keys",
            "publicKey": B64.encode(c.secret.public_key().as_bytes()),
            "nonce": B64.encode(nonce),
            "clientID": c.id,
        }))?;
        let server: [u8; 32] = B64.decode(r["publicKey"].as_str()?).ok()?.try_into().ok()?;
        c.boxed = Some(SalsaBox::new(&PublicKey::from(server), &c.secret));
        Some(c)
    }

    fn raw(&mut self, v: &Value) -> Option<Value> {
        self.sock.write_all(v.to_string().as_bytes()).ok()?;
        let mut buf = vec![0u8; 1 << 20];
        let n = self.sock.read(&mut buf).ok()?;
        serde_json::from_slice(&buf[..n]).ok()
    }

    fn call(&mut self, action: &str, inner: Value) -> Option<Value> {
        let nonce = SalsaBox::generate_nonce(&mut OsRng);
        let sealed = self.boxed.as_ref()?.encrypt(&nonce, inner.to_string().as_bytes()).ok()?;
        let r = self.raw(&json!({ "action": action, "message": B64.encode(sealed), "nonce": B64.encode(nonce), "clientID": self.id }))?;
        let rn = B64.decode(r["nonce"].as_str()?).ok()?;
        let msg = B64.decode(r["message"].as_str()?).ok()?;
        serde_json::from_slice(&self.boxed.as_ref()?.decrypt(rn.as_slice().into(), msg.as_slice()).ok()?).ok()
    }

    /// `(login, password)` pairs KeePassXC returns for exactly this URL.
    pub fn get_logins(&mut self, a: &Association, url: &str) -> Option<Vec<(String, String)>> {
        let r = self.call("get-logins", json!({ "action": "get-logins", "url": url, "keys": [{ "id": a.id, "key": a.key }] }))?;
        Some(
            r["entries"]
                .as_array()?
                .iter()
                .map(|e| (e["login"].as_str().unwrap_or_default().to_string(), e["password"].as_str().unwrap_or_default().to_string()))
                .collect(),
        )
    }
}

pub fn association(c: &mut Client) -> Option<Association> {
    let path = dirs::config_dir()?.join("kpxc-passcmd").join("association.json");
    if let Some(a) = std::fs::read_to_string(&path).ok().and_then(|t| serde_json::from_str::<Association>(&t).ok()) {
        let ok = c.call("test-associate", json!({ "action": "test-associate", "id": a.id, "key": a.key }));
        if ok.map(|r| r["success"] == "true" || r["success"] == true).unwrap_or(false) {
            return Some(a);
        }
    }
    let mut key = [0u8; 32];
    rand_core::RngCore::fill_bytes(&mut OsRng, &mut key);
    let key = B64.encode(key);
    let pk = B64.encode(c.secret.public_key().as_bytes());
    let r = c.call("associate", json!({ "action": "associate", "key": pk, "idKey": key }))?;
    let a = Association { id: r["id"].as_str()?.to_string(), key };
    std::fs::create_dir_all(path.parent()?).ok()?;
    std::fs::write(&path, serde_json::to_string(&a).ok()?).ok()?;
    Some(a)
}
