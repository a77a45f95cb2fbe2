//! GGA sentences sent upstream (VRS / nearest-base casters need the rover position).

pub fn checksum(body: &str) -> u8 {
    body.bytes().fold(0, |a, b| a ^ b)
}

pub fn sentence(lat: f64, lon: f64, quality: u8, sats: u8, hdop: f32, alt: f32) -> String {
    let (la, ns) = if lat < 0.0 { (-lat, 'S') } else { (lat, 'N') };
    let (lo, ew) = if lon < 0.0 { (-lon, 'W') } else { (lon, 'E') };
    let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0) % 86400;
    let body = format!(
        "GPGGA,{:02}{:02}{:02}.00,{:02}{:08.5},{},{:03}{:08.5},{},{},{:02},{:.1},{:.1},M,0.0,M,,",
        t / 3600, t / 60 % 60, t % 60,
        la as u32, la.fract() * 60.0, ns, lo as u32, lo.fract() * 60.0, ew, quality, sats, hdop, alt
    );
    format!("${body}*{:02X}\r\n", checksum(&body))
}

/// Parses position, quality and satellite count from a receiver GGA line.
pub fn parse(line: &str) -> Option<(f64, f64, u8, u8)> {
    let f: Vec<&str> = line.split(',').collect();
    if !f.first()?.ends_with("GGA") || f.len() < 8 {
        return None;
    }
    let dm = |s: &str, deg: usize| -> Option<f64> {
        let d: f64 = s.get(..deg)?.parse().ok()?;
        let m: f64 = s.get(deg..)?.parse().ok()?;
        Some(d + m / 60.0)
    };
    let mut lat = dm(f[2], 2)?;
    let mut lon = dm(f[4], 3)?;
    if f[3] == "S" { lat = -lat; }
    if f[5] == "W" { lon = -lon; }
    Some((lat, lon, f[6].parse().ok()?, f[7].parse().ok()?))
}
