//! org.freedesktop.Secret.Service over the session bus, plain transfer (no DH), blocking zbus.

use std::collections::HashMap;
use zbus::blocking::{Connection, Proxy};
use zvariant::{OwnedObjectPath, OwnedValue, Value};

const DEST: &str = "org.freedesktop.secrets";
const PATH: &str = "/org/freedesktop/secrets";

pub type Secret = (OwnedObjectPath, Vec<u8>, Vec<u8>, String);

pub struct SecretService {
    conn: Connection,
    session: OwnedObjectPath,
}

impl SecretService {
    pub fn connect() -> zbus::Result<Self> {
        let conn = Connection::session()?;
        let service = Proxy::new(&conn, DEST, PATH, "org.freedesktop.Secret.Service")?;
        let (_out, session): (OwnedValue, OwnedObjectPath) = service.call("OpenSession", &("plain", Value::from("")))?;
        Ok(Self { conn, session })
    }

    fn service(&self) -> zbus::Result<Proxy<'_>> {
        Proxy::new(&self.conn, DEST, PATH, "org.freedesktop.Secret.Service")
    }

    pub fn search(&self, attrs: HashMap<&str, &str>) -> zbus::Result<(Vec<OwnedObjectPath>, Vec<OwnedObjectPath>)> {
        self.service()?.call("SearchItems", &(attrs,))
    }

    pub fn unlock(&self, items: &[OwnedObjectPath]) -> zbus::Result<()> {
        let (_unlocked, _prompt): (Vec<OwnedObjectPath>, OwnedObjectPath) = self.service()?.call("Unlock", &(items,))?;
        Ok(())
    }

    pub fn secrets(&self, items: &[OwnedObjectPath]) -> zbus::Result<HashMap<OwnedObjectPath, Secret>> {
        self.service()?.call("GetSecrets", &(items, &self.session))
    }

    pub fn secret(&self, item: &OwnedObjectPath) -> zbus::Result<Vec<u8>> {
        let p = Proxy::new(&self.conn, DEST, item.as_str(), "org.freedesktop.Secret.Item")?;
        let (s,): (Secret,) = p.call("GetSecret", &(&self.session,))?;
        Ok(s.2)
    }

    pub fn label(&self, item: &OwnedObjectPath) -> String {
        Proxy::new(&self.conn, DEST, item.as_str(), "org.freedesktop.Secret.Item")
            .and_then(|p| p.get_property::<String>("Label"))
            .unwrap_or_default()
    }

    pub fn create_item(&self, label: &str, attrs: HashMap<&str, &str>, secret: &[u8]) -> zbus::Result<()> {
        let collection = Proxy::new(&self.conn, DEST, "/org/freedesktop/secrets/aliases/default", "org.freedesktop.Secret.Collection")?;
        let mut props: HashMap<&str, Value<'_>> = HashMap::new();
        props.insert("org.freedesktop.Secret.Item.Label", Value::from(label));
        props.insert("org.freedesktop.Secret.Item.Attributes", Value::from(attrs));
        let s = (&self.session, Vec::<u8>::new(), secret.to_vec(), "text/plain");
        let (_item, _prompt): (OwnedObjectPath, OwnedObjectPath) = collection.call("CreateItem", &(props, s, true))?;
        Ok(())
    }
}
