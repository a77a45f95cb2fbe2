//! APRS "complete weather report" with position, no timestamp (`!` data type):
//! `CALL>APRS,TCPIP*:!DDMM.mmN/DDDMM.mmW_ddd/sssgggtTTTrRRRpPPPPhHHbBBBBB`

use anyhow::Result;
use serde::Deserialize;

#[derive(Deserialize, Default)]
pub struct Observation {
    pub wind_dir_deg: Option<f64>,
    pub wind_speed_ms: Option<f64>,
    pub wind_gust_ms: Option<f64>,
    pub temp_c: Option<f64>,
    pub rain_1h_mm: Option<f64>,
    pub rain_24h_mm: Option<f64>,
    pub humidity: Option<f64>,
    pub pressure_hpa: Option<f64>,
}

impl Observation {
    pub fn parse(json_text: &str) -> Result<Self> {
        Ok(serde_json::from_str(json_text)?)
    }
}

fn lat(v: f64) -> String {
    let h = if v >= 0.0 { 'N' } else { 'S' };
    let a = v.abs();
    format!("{:02}{:05.2}{h}", a.trunc() as u32, a.fract() * 60.0)
}

fn lon(v: f64) -> String {
    let h = if v >= 0.0 { 'E' } else { 'W' };
    let a = v.abs();
    format!("{:03}{:05.2}{h}", a.trunc() as u32, a.fract() * 60.0)
}

fn field(v: Option<f64>, width: usize, f: impl Fn(f64) -> f64) -> String {
    match v {
        // APRS allows a leading minus sign for temperatures below 0 F
        Some(x) if f(x) < 0.0 => format!("-{:0w$}", (-f(x)).round().min(10f64.powi(width as i32 - 1) - 1.0) as i64, w = width - 1),
        Some(x) => format!("{:0width$}", f(x).round().clamp(0.0, 10f64.powi(width as i32) - 1.0) as i64, width = width),
        None => ".".repeat(width),
    }
}

pub fn weather(call: &str, la: f64, lo: f64, o: &Observation) -> String {
    let mph = |ms: f64| ms * 2.236_94;
    let hundredths_in = |mm: f64| mm / 0.254;
    let humidity = o.humidity.map(|h| if h >= 99.5 { 0.0 } else { h });
    format!(
        "{call}>APRS,TCPIP*:!{}/{}_{}/{}g{}t{}r{}p{}h{}b{}",
        lat(la),
        lon(lo),
        field(o.wind_dir_deg, 3, |d| d),
        field(o.wind_speed_ms, 3, mph),
        field(o.wind_gust_ms, 3, mph),
        field(o.temp_c, 3, |c| c * 9.0 / 5.0 + 32.0),
        field(o.rain_1h_mm, 3, hundredths_in),
        field(o.rain_24h_mm, 3, hundredths_in),
        field(humidity, 2, |h| h),
        field(o.pressure_hpa, 5, |p| p * 10.0),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn formats_position() {
        assert_eq!(super::lat(52.52), "5231.20N");
        assert_eq!(super::lon(-0.1278), "00007.67W");
    }
}
