use esp_idf_svc::espnow::{EspNow, BROADCAST};

pub fn announce(frame: &[u8]) -> anyhow::Result<()> {
    let now = EspNow::take()?;
    now.send(BROADCAST, frame)?;
    Ok(())
}
