//! Skycast weather API client.

mod instance;

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const BASE: &str = "https://api.skycast.example/v2";

#[derive(Debug, Clone, Deserialize)]
pub struct Current {
    pub temperature_c: f64,
    pub humidity: f64,
    pub wind_kph: f64,
    pub summary: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Hour {
    pub time: String,
    pub temperature_c: f64,
    pub precipitation_mm: f64,
}

#[derive(Debug)]
pub enum Error {
    Http(String),
    Decode(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Http(e) => write!(f, "request failed: {e}"),
            Error::Decode(e) => write!(f, "unexpected response: {e}"),
        }
    }
}

impl std::error::Error for Error {}

pub struct Client {
    key: String,
    agent: ureq::Agent,
    cache: Mutex<HashMap<String, (Instant, serde_json::Value)>>,
}

impl Client {
    pub fn new(key: impl Into<String>) -> Client {
        let agent = ureq::AgentBuilder::new().timeout(Duration::from_secs(15)).user_agent(concat!("skycast-rs/", env!("CARGO_PKG_VERSION"))).build();
        Client { key: key.into(), agent, cache: Mutex::new(HashMap::new()) }
    }

    fn get(&self, path: &str, query: &[(&str, String)]) -> Result<serde_json::Value, Error> {
        let cache_key = format!("{path}?{query:?}");
        if let Some((at, v)) = self.cache.lock().unwrap().get(&cache_key) {
            if at.elapsed() < Duration::from_secs(300) {
                return Ok(v.clone());
            }
        }
        let mut req = self
            .agent
            .get(&format!("{BASE}{path}"))
            .set("Authorization", &format!("Bearer {}", self.key))
            .set("X-Client-Instance", instance::id());
        for (k, v) in query {
            req = req.query(k, v);
        }
        let v: serde_json::Value = req.call().map_err(|e| Error::Http(e.to_string()))?.into_json().map_err(|e| Error::Decode(e.to_string()))?;
        self.cache.lock().unwrap().insert(cache_key, (Instant::now(), v.clone()));
        Ok(v)
    }

    pub fn current(&self, lat: f64, lon: f64) -> Result<Current, Error> {
        let v = self.get("/current", &[("lat", format!("{lat:.3}")), ("lon", format!("{lon:.3}"))])?;
        serde_json::from_value(v).map_err(|e| Error::Decode(e.to_string()))
    }

    pub fn hourly(&self, lat: f64, lon: f64, hours: u32) -> Result<Vec<Hour>, Error> {
        let v = self.get("/hourly", &[("lat", format!("{lat:.3}")), ("lon", format!("{lon:.3}")), ("hours", hours.to_string())])?;
        serde_json::from_value(v["hours"].clone()).map_err(|e| Error::Decode(e.to_string()))
    }
}
