use std::fs::OpenOptions;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Config {
    #[serde(default = "default_listen")]
    listen: String,
    thingspeak: Option<ThingSpeak>,
}

#[derive(Debug, Deserialize)]
struct ThingSpeak {
    base: String,
    channel: u64,
    write_key: String,
}

fn default_listen() -> String {
    "0.0.0.0:9501".into()
}

/// Payload of the iSpindel firmware's generic HTTP service.
#[derive(Debug, Deserialize)]
struct Reading {
    name: String,
    #[serde(rename = "ID")]
    id: u64,
    angle: f64,
    temperature: f64,
    battery: f64,
    gravity: f64,
    #[serde(rename = "RSSI", default)]
    rssi: i32,
}

fn forward(ts: &ThingSpeak, r: &Reading) -> Result<(), Box<ureq::Error>> {
    let url = format!("{}/update", ts.base.trim_end_matches('/'));
    ureq::post(&url).timeout(Duration::from_secs(10)).send_form(&[
        ("api_key", ts.write_key.as_str()),
        ("field1", &format!("{:.4}", r.gravity)),
        ("field2", &format!("{:.2}", r.temperature)),
        ("field3", &format!("{:.2}", r.angle)),
        ("field4", &format!("{:.2}", r.battery)),
        ("field5", &r.rssi.to_string()),
    ])?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cfg_path = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "bridge.toml".into()));
    let cfg: Config = toml::from_str(&std::fs::read_to_string(&cfg_path)?)?;
    let csv = cfg_path.with_file_name("readings.csv");
    let server = tiny_http::Server::http(&cfg.listen).map_err(|e| e.to_string())?;
    eprintln!("listening on {}", cfg.listen);
    for mut req in server.incoming_requests() {
        let mut body = String::new();
        let _ = req.as_reader().read_to_string(&mut body);
        let reading: Reading = match serde_json::from_str(&body) {
            Ok(r) => r,
            Err(e) => {
                let _ = req.respond(tiny_http::Response::from_string(format!("bad payload: {e}")).with_status_code(400));
                continue;
            }
        };
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH)?.as_secs();
        let mut f = OpenOptions::new().create(true).append(true).open(&csv)?;
        writeln!(f, "{now},{},{},{:.4},{:.2},{:.2},{:.2}", reading.name, reading.id, reading.gravity, reading.temperature, reading.angle, reading.battery)?;
        if let Some(ts) = &cfg.thingspeak {
            if let Err(e) = forward(ts, &reading) {
                eprintln!("thingspeak: {e}");
            }
        }
        let _ = req.respond(tiny_http::Response::from_string("ok"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::Reading;

    #[test]
    fn firmware_payload() {
        let p = r#"{"name":"iSpindel000","ID":1234567,"token":"","angle":52.3,"temperature":19.8,"temp_units":"C","battery":4.1,"gravity":1.0485,"interval":900,"RSSI":-71}"#;
        let r: Reading = serde_json::from_str(p).unwrap();
        assert_eq!(r.rssi, -71);
        assert!((r.gravity - 1.0485).abs() < 1e-9);
    }
}
