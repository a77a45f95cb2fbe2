//! LoRaWAN credentials and join session in one flash page, keyed by small integers.

use core::ops::Range;
use embassy_sync::blocking_mutex::raw::NoopRawMutex;
use embassy_sync::mutex::Mutex;
use embedded_storage_async::nor_flash::NorFlash;
use sequential_storage::cache::NoCache;
use sequential_storage::map::{fetch_item, store_item};

const KEY_CREDENTIALS: u8 = 1;
const KEY_SESSION: u8 = 2;

#[derive(Clone, Copy, Default)]
pub struct Credentials {
    pub dev_eui: [u8; 8],
    pub join_eui: [u8; 8],
    pub app_key: [u8; 16],
}

#[derive(Clone, Copy, Default)]
pub struct Session {
    pub dev_addr: [u8; 4],
    pub nwk_s_key: [u8; 16],
    pub app_s_key: [u8; 16],
    pub fcnt_up: u32,
}

pub struct Store<F: NorFlash> {
    flash: Mutex<NoopRawMutex, F>,
    range: Range<u32>,
}

impl<F: NorFlash> Store<F> {
    pub const fn new(flash: F, range: Range<u32>) -> Self {
        Store { flash: Mutex::new(flash), range }
    }

    async fn get<const N: usize>(&self, key: u8) -> Option<[u8; N]> {
        let mut buf = [0u8; 64];
        let mut f = self.flash.lock().await;
        fetch_item::<u8, &[u8], _>(&mut *f, self.range.clone(), &mut NoCache::new(), &mut buf, &key)
            .await
            .ok()
            .flatten()
            .and_then(|v| v.try_into().ok())
    }

    async fn put(&self, key: u8, value: &[u8]) {
        let mut buf = [0u8; 64];
        let mut f = self.flash.lock().await;
        let _ = store_item(&mut *f, self.range.clone(), &mut NoCache::new(), &mut buf, &key, &value).await;
    }

    pub async fn credentials(&self) -> Option<Credentials> {
        let raw: [u8; 32] = self.get(KEY_CREDENTIALS).await?;
        let mut c = Credentials::default();
        c.dev_eui.copy_from_slice(&raw[..8]);
        c.join_eui.copy_from_slice(&raw[8..16]);
        c.app_key.copy_from_slice(&raw[16..]);
        Some(c)
    }

    pub async fn set_credentials(&self, c: &Credentials) {
        let mut raw = [0u8; 32];
        raw[..8].copy_from_slice(&c.dev_eui);
        raw[8..16].copy_from_slice(&c.join_eui);
        raw[16..].copy_from_slice(&c.app_key);
        self.put(KEY_CREDENTIALS, &raw).await;
    }

    pub async fn session(&self) -> Option<Session> {
        let raw: [u8; 40] = self.get(KEY_SESSION).await?;
        let mut s = Session::default();
        s.dev_addr.copy_from_slice(&raw[..4]);
        s.nwk_s_key.copy_from_slice(&raw[4..20]);
        s.app_s_key.copy_from_slice(&raw[20..36]);
        s.fcnt_up = u32::from_le_bytes([raw[36], raw[37], raw[38], raw[39]]);
        Some(s)
    }

    pub async fn set_session(&self, s: &Session) {
        let mut raw = [0u8; 40];
        raw[..4].copy_from_slice(&s.dev_addr);
        raw[4..20].copy_from_slice(&s.nwk_s_key);
        raw[20..36].copy_from_slice(&s.app_s_key);
        raw[36..].copy_from_slice(&s.fcnt_up.to_le_bytes());
        self.put(KEY_SESSION, &raw).await;
    }
}
