//! `chronyc -c` (CSV) parsing.

use std::process::Command;

#[derive(Default, Debug)]
pub struct Tracking {
    pub ok: bool,
    pub stratum: u32,
    pub offset_s: f64,
    pub rms_offset_s: f64,
    pub freq_ppm: f64,
    pub leap: String,
}

#[derive(Debug)]
pub struct Source {
    pub mode: char,
    pub state: char,
    pub name: String,
    pub stratum: u32,
    pub reach: u32,
    pub offset_s: f64,
}

fn chronyc(args: &[&str]) -> Option<String> {
    let o = Command::new("chronyc").arg("-c").args(args).output().ok()?;
    o.status.success().then(|| String::from_utf8_lossy(&o.stdout).into_owned())
}

pub fn tracking() -> Tracking {
    let Some(out) = chronyc(&["tracking"]) else { return Tracking::default() };
    let f: Vec<&str> = out.trim().split(',').collect();
    if f.len() < 14 {
        return Tracking::default();
    }
    Tracking {
        ok: true,
        stratum: f[2].parse().unwrap_or(16),
        offset_s: f[4].parse().unwrap_or(0.0),
        rms_offset_s: f[6].parse().unwrap_or(0.0),
        freq_ppm: f[7].parse().unwrap_or(0.0),
        leap: f[13].to_string(),
    }
}

pub fn sources() -> Vec<Source> {
    chronyc(&["sources"])
        .unwrap_or_default()
        .lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            (f.len() >= 10).then(|| Source {
                mode: f[0].chars().next().unwrap_or('?'),
                state: f[1].chars().next().unwrap_or('?'),
                name: f[2].to_string(),
                stratum: f[3].parse().unwrap_or(16),
                reach: u32::from_str_radix(f[5], 8).unwrap_or(0),
                offset_s: f[8].parse().unwrap_or(0.0),
            })
        })
        .collect()
}
