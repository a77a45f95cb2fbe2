//! org.bluez.Agent1 implementation.

use notify_rust::Notification;
use zbus::zvariant::{ObjectPath, OwnedObjectPath};
use zbus::{fdo, interface, Connection, Proxy};

use crate::policy;

const AGENT_PATH: &str = "/org/pairkit/agent";

pub struct Agent {
    conn: Connection,
    system: bool,
}

fn rejected() -> fdo::Error {
    fdo::Error::Failed("org.bluez.Error.Rejected".into())
}

impl Agent {
    async fn device_name(&self, dev: &ObjectPath<'_>) -> String {
        let p = Proxy::new(&self.conn, "org.bluez", dev.to_owned(), "org.bluez.Device1").await;
        match p {
            Ok(p) => p.get_property::<String>("Alias").await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    async fn trust(&self, dev: &ObjectPath<'_>) {
        if let Ok(p) = Proxy::new(&self.conn, "org.bluez", dev.to_owned(), "org.bluez.Device1").await {
            let _ = p.set_property("Trusted", true).await;
        }
    }

    /// Asks the user; the system agent has no session and rejects instead.
    async fn ask(&self, summary: &str, body: &str) -> bool {
        if self.system {
            return false;
        }
        let (s, b) = (summary.to_string(), body.to_string());
        tokio::task::spawn_blocking(move || {
            let mut accepted = false;
            if let Ok(h) = Notification::new().summary(&s).body(&b).action("accept", "Accept").action("reject", "Reject").timeout(30_000).show() {
                h.wait_for_action(|a| accepted = a == "accept");
            }
            accepted
        })
        .await
        .unwrap_or(false)
    }

    async fn decide(&self, dev: &ObjectPath<'_>, summary: &str, body: &str) -> fdo::Result<()> {
        let name = self.device_name(dev).await;
        if policy::known_controller(dev.as_str(), &name) {
            self.trust(dev).await;
            return Ok(());
        }
        if self.ask(summary, &format!("{name}: {body}")).await {
            Ok(())
        } else {
            Err(rejected())
        }
    }
}

#[interface(name = "org.bluez.Agent1")]
impl Agent {
    async fn release(&self) {}

    async fn request_confirmation(&self, device: OwnedObjectPath, passkey: u32) -> fdo::Result<()> {
        self.decide(&device, "Bluetooth pairing", &format!("confirm passkey {passkey:06}")).await
    }

    async fn request_authorization(&self, device: OwnedObjectPath) -> fdo::Result<()> {
        self.decide(&device, "Bluetooth pairing", "allow pairing?").await
    }

    async fn authorize_service(&self, device: OwnedObjectPath, uuid: String) -> fdo::Result<()> {
        self.decide(&device, "Bluetooth service", &format!("allow service {uuid}?")).await
    }

    async fn request_pin_code(&self, device: OwnedObjectPath) -> fdo::Result<String> {
        let name = self.device_name(&device).await;
        if policy::known_controller(device.as_str(), &name) {
            return Ok("0000".into());
        }
        Err(rejected())
    }

    async fn display_passkey(&self, _device: OwnedObjectPath, _passkey: u32, _entered: u16) {}

    async fn cancel(&self) {}
}

pub async fn register(conn: &Connection, system: bool) -> zbus::Result<()> {
    conn.object_server().at(AGENT_PATH, Agent { conn: conn.clone(), system }).await?;
    let mgr = Proxy::new(conn, "org.bluez", "/org/bluez", "org.bluez.AgentManager1").await?;
    let path = ObjectPath::try_from(AGENT_PATH)?;
    mgr.call_method("RegisterAgent", &(&path, "KeyboardDisplay")).await?;
    mgr.call_method("RequestDefaultAgent", &(&path,)).await?;
    Ok(())
}
