use crate::elm::Sample;
use crate::gps::Fix;
use chrono::{DateTime, Local};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Instant;

const AFR: f64 = 14.7;
const PETROL_DENSITY_G_PER_L: f64 = 745.0;

#[derive(Serialize, Deserialize, Clone)]
pub struct Trip {
    pub started: DateTime<Local>,
    pub ended: DateTime<Local>,
    pub distance_km: f64,
    pub minutes: f64,
    pub fuel_l: f64,
    pub l_per_100km: f64,
    pub start: Option<(f64, f64)>,
    pub end: Option<(f64, f64)>,
}

pub struct Recorder {
    file: PathBuf,
    displacement: f64,
    current: Option<(Trip, Instant)>,
    stopped_since: Option<Instant>,
}

impl Recorder {
    pub fn new(dir: &Path, displacement: f64) -> Recorder {
        Recorder { file: dir.join("trips.jsonl"), displacement, current: None, stopped_since: None }
    }

    /// Feeds one sample; returns the finished trip when the engine has been off for 60 s.
    pub fn push(&mut self, s: &Sample, fix: Option<&Fix>) -> Option<Trip> {
        let running = s.rpm.unwrap_or(0.0) > 300.0;
        if running {
            self.stopped_since = None;
            let (trip, last) = self.current.get_or_insert_with(|| {
                let now = Local::now();
                (Trip { started: now, ended: now, distance_km: 0.0, minutes: 0.0, fuel_l: 0.0, l_per_100km: 0.0, start: fix.map(|f| (f.lat, f.lon)), end: None }, Instant::now())
            });
            let dt = last.elapsed().as_secs_f64();
            *last = Instant::now();
            trip.distance_km += s.speed_kmh.unwrap_or(0.0) * dt / 3600.0;
            let fuel_gs = match (s.fuel_rate_lh, s.maf_gs) {
                (Some(lh), _) => lh * PETROL_DENSITY_G_PER_L / 3600.0,
                (None, Some(maf)) => maf / AFR,
                (None, None) => s.rpm.unwrap_or(0.0) * self.displacement * 0.0112 / AFR,
            };
            trip.fuel_l += fuel_gs * dt / PETROL_DENSITY_G_PER_L;
            None
        } else {
            let since = *self.stopped_since.get_or_insert_with(Instant::now);
            if since.elapsed().as_secs() < 60 {
                return None;
            }
            let (mut trip, _) = self.current.take()?;
            trip.ended = Local::now();
            trip.minutes = (trip.ended - trip.started).num_seconds() as f64 / 60.0;
            trip.l_per_100km = if trip.distance_km > 0.1 { trip.fuel_l * 100.0 / trip.distance_km } else { 0.0 };
            trip.end = fix.map(|f| (f.lat, f.lon));
            if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(&self.file) {
                let _ = writeln!(f, "{}", serde_json::to_string(&trip).unwrap_or_default());
            }
            Some(trip)
        }
    }
}

pub fn load(dir: &Path) -> Vec<Trip> {
    std::fs::read_to_string(dir.join("trips.jsonl"))
        .map(|s| s.lines().filter_map(|l| serde_json::from_str(l).ok()).collect())
        .unwrap_or_default()
}
