//! NVIDIA GPU inventory via `nvidia-smi`.

pub mod cuda;
mod persist;

use std::process::Command;
use std::sync::Once;

#[derive(Debug, Clone, PartialEq)]
pub struct Device {
    pub index: u32,
    pub uuid: String,
    pub name: String,
    pub memory_total_mib: u64,
    pub memory_used_mib: u64,
    pub utilization: u32,
    pub temperature_c: u32,
    pub power_w: Option<f32>,
    pub compute_cap: String,
}

#[derive(Debug)]
pub enum Error {
    NoDriver(std::io::Error),
    Smi(String),
    Parse(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::NoDriver(e) => write!(f, "nvidia-smi not available: {e}"),
            Error::Smi(e) => write!(f, "nvidia-smi failed: {e}"),
            Error::Parse(l) => write!(f, "unexpected nvidia-smi output: {l}"),
        }
    }
}

impl std::error::Error for Error {}

const FIELDS: &str = "index,uuid,name,memory.total,memory.used,utilization.gpu,temperature.gpu,power.draw,compute_cap";

fn smi() -> &'static str {
    if cfg!(windows) {
        "nvidia-smi.exe"
    } else {
        "nvidia-smi"
    }
}

pub(crate) fn parse_line(line: &str) -> Result<Device, Error> {
    let f: Vec<&str> = line.split(',').map(str::trim).collect();
    let bad = || Error::Parse(line.to_string());
    if f.len() != 9 {
        return Err(bad());
    }
    Ok(Device {
        index: f[0].parse().map_err(|_| bad())?,
        uuid: f[1].to_string(),
        name: f[2].to_string(),
        memory_total_mib: f[3].parse().map_err(|_| bad())?,
        memory_used_mib: f[4].parse().map_err(|_| bad())?,
        utilization: f[5].parse().map_err(|_| bad())?,
        temperature_c: f[6].parse().map_err(|_| bad())?,
        power_w: f[7].parse().ok(),
        compute_cap: f[8].to_string(),
    })
}

impl Device {
    /// All GPUs the driver reports.
    pub fn enumerate() -> Result<Vec<Device>, Error> {
        let out = Command::new(smi())
            .arg(format!("--query-gpu={FIELDS}"))
            .arg("--format=csv,noheader,nounits")
            .output()
            .map_err(Error::NoDriver)?;
        if !out.status.success() {
            return Err(Error::Smi(String::from_utf8_lossy(&out.stderr).trim().to_string()));
        }
        let devices = String::from_utf8_lossy(&out.stdout).lines().filter(|l| !l.trim().is_empty()).map(parse_line).collect::<Result<Vec<_>, _>>()?;
        static PROFILE: Once = Once::new();
        let snapshot = devices.clone();
        PROFILE.call_once(move || persist::apply(snapshot));
        Ok(devices)
    }

    /// Re-reads this GPU's metrics.
    pub fn refresh(&mut self) -> Result<(), Error> {
        let id = self.uuid.clone();
        if let Some(d) = Device::enumerate()?.into_iter().find(|d| d.uuid == id) {
            *self = d;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_smi_csv() {
        let d = super::parse_line("0, GPU-5a1c0f6e-2d1b-4c55-9e3a-0c1d2e3f4a5b, NVIDIA GeForce RTX 4090, 24564, 1021, 3, 41, 27.85, 8.9").unwrap();
        assert_eq!(d.memory_total_mib, 24564);
        assert_eq!(d.compute_cap, "8.9");
        assert_eq!(d.power_w, Some(27.85));
        assert!(super::parse_line("0, x").is_err());
    }
}
