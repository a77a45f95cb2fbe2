//! Flight phase detection and the CSV logbook.

use crate::datarefs::Sample;
use std::fs::OpenOptions;
use std::io::Write;
use std::path::PathBuf;

#[derive(PartialEq, Clone, Copy)]
enum Phase {
    Parked,
    Taxi,
    Airborne,
    Landed,
}

pub struct Logbook {
    path: PathBuf,
    phase: Phase,
    block_off: f32,
    takeoff: f32,
    landing: f32,
    landing_fpm: f32,
    landing_g: f32,
    airborne_s: u32,
    last_vvi: f32,
}

impl Logbook {
    pub fn open() -> Self {
        let path = std::env::current_dir().unwrap_or_default().join("Output/flightlog/logbook.csv");
        let _ = std::fs::create_dir_all(path.parent().unwrap());
        Logbook { path, phase: Phase::Parked, block_off: 0.0, takeoff: 0.0, landing: 0.0, landing_fpm: 0.0, landing_g: 0.0, airborne_s: 0, last_vvi: 0.0 }
    }

    pub fn airborne_seconds(&self) -> u32 {
        if self.phase == Phase::Airborne {
            self.airborne_s
        } else {
            0
        }
    }

    pub fn update(&mut self, s: &Sample) {
        match self.phase {
            Phase::Parked if !s.parking_brake && s.engines > 0 && s.groundspeed_kt > 3.0 => {
                self.phase = Phase::Taxi;
                self.block_off = s.zulu;
            }
            Phase::Taxi if !s.on_ground => {
                self.phase = Phase::Airborne;
                self.takeoff = s.zulu;
                self.airborne_s = 0;
            }
            Phase::Airborne if s.on_ground => {
                self.phase = Phase::Landed;
                self.landing = s.zulu;
                self.landing_fpm = self.last_vvi;
                self.landing_g = s.g;
            }
            Phase::Airborne => self.airborne_s += 1,
            Phase::Landed if s.parking_brake && s.groundspeed_kt < 1.0 => {
                self.write_entry(s.zulu);
                self.phase = Phase::Parked;
            }
            _ => {}
        }
        self.last_vvi = s.vvi_fpm;
    }

    fn write_entry(&self, block_on: f32) {
        let hhmm = |t: f32| format!("{:02}:{:02}", (t / 3600.0) as u32 % 24, (t / 60.0) as u32 % 60);
        let line = format!(
            "{},{},{},{},{},{:.0},{:.2}\n",
            chrono::Utc::now().format("%Y-%m-%d"),
            hhmm(self.block_off),
            hhmm(self.takeoff),
            hhmm(self.landing),
            hhmm(block_on),
            self.landing_fpm,
            self.landing_g
        );
        if let Ok(mut f) = OpenOptions::new().create(true).append(true).open(&self.path) {
            let _ = f.write_all(line.as_bytes());
        }
    }

    pub fn close(self) {}
}
