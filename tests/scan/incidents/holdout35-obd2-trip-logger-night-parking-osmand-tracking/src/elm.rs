//! ELM327 AT / OBD mode 01 + 09 over a serial port.

use anyhow::{bail, Result};
use std::io::{Read, Write};
use std::time::Duration;

pub struct Elm327 {
    port: Box<dyn serialport::SerialPort>,
}

pub struct AdapterInfo {
    pub firmware: String,
    pub protocol: String,
}

#[derive(Default, Clone)]
pub struct Sample {
    pub rpm: Option<f64>,
    pub speed_kmh: Option<f64>,
    pub maf_gs: Option<f64>,
    pub fuel_rate_lh: Option<f64>,
    pub fuel_level: Option<f64>,
    pub ambient_c: Option<f64>,
}

fn hex_bytes(line: &str) -> Vec<u8> {
    line.split_whitespace().filter_map(|h| u8::from_str_radix(h, 16).ok()).collect()
}

impl Elm327 {
    pub fn open(path: &str, baud: u32) -> Result<Elm327> {
        let port = serialport::new(path, baud).timeout(Duration::from_millis(1500)).open()?;
        Ok(Elm327 { port })
    }

    fn cmd(&mut self, c: &str) -> Result<String> {
        self.port.write_all(format!("{c}\r").as_bytes())?;
        let mut out = Vec::new();
        let mut b = [0u8; 64];
        loop {
            let n = match self.port.read(&mut b) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::TimedOut => break,
                Err(e) => return Err(e.into()),
            };
            out.extend_from_slice(&b[..n]);
            if out.contains(&b'>') {
                break;
            }
        }
        let s = String::from_utf8_lossy(&out).replace('>', "");
        Ok(s.lines().map(str::trim).filter(|l| !l.is_empty() && *l != c).collect::<Vec<_>>().join("\n"))
    }

    pub fn handshake(&mut self) -> Result<AdapterInfo> {
        let firmware = self.cmd("ATZ")?;
        if !firmware.contains("ELM327") && !firmware.contains("OBDLink") {
            bail!("not an ELM327-compatible adapter: {firmware:?}");
        }
        for c in ["ATE0", "ATL0", "ATS1", "ATH0", "ATAT1", "ATSP0"] {
            self.cmd(c)?;
        }
        let _ = self.cmd("0100")?; // forces protocol search
        let protocol = self.cmd("ATDPN")?;
        Ok(AdapterInfo { firmware: firmware.lines().last().unwrap_or_default().to_string(), protocol })
    }

    fn pid(&mut self, pid: &str) -> Option<Vec<u8>> {
        let r = self.cmd(&format!("01{pid}")).ok()?;
        let line = r.lines().find(|l| l.starts_with("41"))?;
        let b = hex_bytes(line);
        (b.len() > 2).then(|| b[2..].to_vec())
    }

    pub fn sample(&mut self) -> Sample {
        Sample {
            rpm: self.pid("0C").filter(|b| b.len() >= 2).map(|b| ((b[0] as f64) * 256.0 + b[1] as f64) / 4.0),
            speed_kmh: self.pid("0D").map(|b| b[0] as f64),
            maf_gs: self.pid("10").filter(|b| b.len() >= 2).map(|b| ((b[0] as f64) * 256.0 + b[1] as f64) / 100.0),
            fuel_rate_lh: self.pid("5E").filter(|b| b.len() >= 2).map(|b| ((b[0] as f64) * 256.0 + b[1] as f64) / 20.0),
            fuel_level: self.pid("2F").map(|b| b[0] as f64 * 100.0 / 255.0),
            ambient_c: self.pid("46").map(|b| b[0] as f64 - 40.0),
        }
    }

    /// Mode 09 PID 02, multi-frame ISO-TP answer reassembled by the adapter.
    pub fn vin(&mut self) -> Result<String> {
        let r = self.cmd("0902")?;
        let mut bytes = Vec::new();
        for line in r.lines() {
            let line = line.split_once(':').map(|(_, d)| d).unwrap_or(line);
            let b = hex_bytes(line);
            let skip = if b.starts_with(&[0x49, 0x02]) { 3 } else { 0 };
            bytes.extend(b.into_iter().skip(skip));
        }
        let vin: String = bytes.into_iter().filter(|c| c.is_ascii_alphanumeric()).map(|c| c as char).collect();
        if vin.len() < 17 {
            bail!("VIN not supported by this ECU");
        }
        Ok(vin[vin.len() - 17..].to_string())
    }
}
