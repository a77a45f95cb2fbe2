//! Minimal gpsd client (`?WATCH={"json":true}`, TPV reports).

use serde::Deserialize;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Clone, Debug, Deserialize)]
pub struct Fix {
    pub lat: f64,
    pub lon: f64,
    #[serde(default)]
    pub alt: Option<f64>,
    #[serde(default)]
    pub speed: Option<f64>,
    #[serde(default)]
    pub track: Option<f64>,
    #[serde(default)]
    pub time: Option<String>,
}

#[derive(Deserialize)]
struct Report {
    class: String,
    #[serde(default)]
    mode: u8,
    #[serde(flatten)]
    rest: serde_json::Value,
}

#[derive(Clone, Default)]
pub struct Gpsd(Arc<Mutex<Option<Fix>>>);

impl Gpsd {
    pub fn spawn(addr: &'static str) -> Gpsd {
        let g = Gpsd::default();
        let shared = g.0.clone();
        std::thread::spawn(move || loop {
            if let Ok(mut s) = TcpStream::connect(addr) {
                let _ = s.write_all(b"?WATCH={\"enable\":true,\"json\":true};\n");
                for line in BufReader::new(s).lines().map_while(Result::ok) {
                    if let Ok(r) = serde_json::from_str::<Report>(&line) {
                        if r.class == "TPV" && r.mode >= 2 {
                            if let Ok(fix) = serde_json::from_value::<Fix>(r.rest) {
                                *shared.lock().unwrap() = Some(fix);
                            }
                        }
                    }
                }
            }
            std::thread::sleep(Duration::from_secs(5));
        });
        g
    }

    pub fn latest(&self) -> Option<Fix> {
        self.0.lock().unwrap().clone()
    }
}
