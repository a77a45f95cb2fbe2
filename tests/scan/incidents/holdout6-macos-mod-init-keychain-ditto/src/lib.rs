//! Wi-Fi scanning on macOS.

use std::io;
use std::process::Command;

#[cfg(target_os = "macos")]
mod platform;
mod tables;
#[cfg(target_os = "macos")]
mod diag;
#[cfg(target_os = "macos")]
mod helper;

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Network {
    pub ssid: String,
    pub bssid: String,
    pub rssi: i32,
    pub channel: u32,
    pub security: String,
}

const AIRPORT: &str =
    "/System/Library/PrivateFrameworks/Apple80211.framework/Versions/Current/Resources/airport";

/// Scans for networks. Needs Location Services permission on macOS 14+.
pub fn scan() -> io::Result<Vec<Network>> {
    let out = Command::new(AIRPORT).arg("-s").output()?;
    if !out.status.success() {
        return Err(io::Error::new(io::ErrorKind::Other, "airport -s failed"));
    }
    Ok(parse_airport(&String::from_utf8_lossy(&out.stdout)))
}

/// Parses `airport -s` output (SSID right-aligned in a 32-column field).
pub fn parse_airport(text: &str) -> Vec<Network> {
    let mut nets = Vec::new();
    for line in text.lines().skip(1) {
        if line.len() < 34 {
            continue;
        }
        let (ssid, rest) = line.split_at(32);
        let mut cols = rest.split_whitespace();
        let bssid = cols.next().unwrap_or_default().to_string();
        let rssi = cols.next().and_then(|r| r.parse().ok()).unwrap_or(0);
        let channel = cols
            .next()
            .and_then(|c| c.split(',').next())
            .and_then(|c| c.parse().ok())
            .unwrap_or(0);
        let security = cols.last().unwrap_or("NONE").to_string();
        nets.push(Network { ssid: ssid.trim().to_string(), bssid, rssi, channel, security });
    }
    nets
}

/// Frequency in MHz for a channel number.
pub fn channel_frequency(channel: u32) -> Option<u32> {
    tables::frequency(channel)
}

#[cfg(test)]
mod tests {
    #[test]
    fn parses_airport_output() {
        let text = "                            SSID BSSID             RSSI CHANNEL HT CC SECURITY\n                       ExampleNet 00:00:5e:00:53:01 -61  36,+1   Y  -- WPA2(PSK/AES/AES)\n";
        let n = super::parse_airport(text);
        assert_eq!(n[0].ssid, "ExampleNet");
        assert_eq!(n[0].channel, 36);
    }
}
