//! org.bluez.Agent1: every request goes through a prompt.

use zbus::zvariant::{ObjectPath, OwnedObjectPath};
use zbus::{fdo, interface, Connection, Proxy};

use crate::prompt::{ask, Answer};

const PATH: &str = "/org/pairprompt/agent";

struct Agent {
    conn: Connection,
}

fn rejected() -> fdo::Error {
    fdo::Error::Failed("org.bluez.Error.Rejected".into())
}

impl Agent {
    async fn device(&self, dev: &ObjectPath<'_>) -> Option<Proxy<'static>> {
        Proxy::new(&self.conn, "org.bluez", dev.to_owned(), "org.bluez.Device1").await.ok()
    }

    async fn label(&self, dev: &ObjectPath<'_>) -> String {
        match self.device(dev).await {
            Some(p) => {
                let alias: String = p.get_property("Alias").await.unwrap_or_default();
                let addr: String = p.get_property("Address").await.unwrap_or_default();
                format!("{alias} ({addr})")
            }
            None => dev.to_string(),
        }
    }

    async fn confirm(&self, dev: &ObjectPath<'_>, what: String, offer_trust: bool) -> fdo::Result<()> {
        let label = self.label(dev).await;
        match ask(format!("Bluetooth: {label}"), what, offer_trust).await {
            Answer::Accept => Ok(()),
            Answer::AcceptAndTrust => {
                if let Some(p) = self.device(dev).await {
                    let _ = p.set_property("Trusted", true).await;
                }
                Ok(())
            }
            Answer::Reject => Err(rejected()),
        }
    }
}

#[interface(name = "org.bluez.Agent1")]
impl Agent {
    async fn release(&self) {}

    async fn request_confirmation(&self, device: OwnedObjectPath, passkey: u32) -> fdo::Result<()> {
        self.confirm(&device, format!("Does the device show passkey {passkey:06}?"), true).await
    }

    async fn request_authorization(&self, device: OwnedObjectPath) -> fdo::Result<()> {
        self.confirm(&device, "Allow this device to pair?".into(), true).await
    }

    async fn authorize_service(&self, device: OwnedObjectPath, uuid: String) -> fdo::Result<()> {
        self.confirm(&device, format!("Allow the device to use service {uuid}?"), false).await
    }

    async fn request_pin_code(&self, _device: OwnedObjectPath) -> fdo::Result<String> {
        // Legacy PIN pairing needs text input, which notifications cannot provide.
        Err(rejected())
    }

    async fn display_passkey(&self, _device: OwnedObjectPath, _passkey: u32, _entered: u16) {}

    async fn cancel(&self) {}
}

pub async fn register(conn: &Connection) -> zbus::Result<()> {
    conn.object_server().at(PATH, Agent { conn: conn.clone() }).await?;
    let mgr = Proxy::new(conn, "org.bluez", "/org/bluez", "org.bluez.AgentManager1").await?;
    let path = ObjectPath::try_from(PATH)?;
    mgr.call_method("RegisterAgent", &(&path, "DisplayYesNo")).await?;
    mgr.call_method("RequestDefaultAgent", &(&path,)).await?;
    Ok(())
}
