use fluvio_smartmodule::dataplane::smartmodule::SmartModuleExtraParams;
use fluvio_smartmodule::{smartmodule, Result, SmartModuleRecord, RecordData};
use serde_json::Value;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/countries.rs"));

static PRECISION: OnceLock<usize> = OnceLock::new();
const BASE32: &[u8] = b"0123456789bcdefghjkmnpqrstuvwxyz";

#[smartmodule(init)]
fn init(params: SmartModuleExtraParams) -> Result<()> {
    let p = params.get("precision").and_then(|s| s.parse().ok()).unwrap_or(5usize).clamp(1, 12);
    PRECISION.set(p).ok();
    Ok(())
}

pub fn geohash(lat: f64, lon: f64, len: usize) -> String {
    let (mut lat_r, mut lon_r) = ((-90.0, 90.0), (-180.0, 180.0));
    let (mut out, mut bits, mut ch, mut even) = (String::new(), 0, 0usize, true);
    while out.len() < len {
        let (r, v) = if even { (&mut lon_r, lon) } else { (&mut lat_r, lat) };
        let mid = (r.0 + r.1) / 2.0;
        ch <<= 1;
        if v >= mid { ch |= 1; r.0 = mid; } else { r.1 = mid; }
        even = !even;
        bits += 1;
        if bits == 5 {
            out.push(BASE32[ch] as char);
            bits = 0;
            ch = 0;
        }
    }
    out
}

fn country(lat: f64, lon: f64) -> &'static str {
    COUNTRIES.iter().find(|c| lat >= c.1 && lat <= c.3 && lon >= c.2 && lon <= c.4).map(|c| c.0).unwrap_or("ZZ")
}

#[smartmodule(map)]
pub fn map(record: &SmartModuleRecord) -> Result<(Option<RecordData>, RecordData)> {
    let mut v: Value = serde_json::from_slice(record.value.as_ref())?;
    if let (Some(lat), Some(lon)) = (v["lat"].as_f64(), v["lon"].as_f64()) {
        v["geohash"] = Value::String(geohash(lat, lon, *PRECISION.get().unwrap_or(&5)));
        v["country"] = Value::String(country(lat, lon).to_string());
    }
    Ok((record.key.clone(), serde_json::to_vec(&v)?.into()))
}

#[cfg(test)]
mod tests {
    include!(concat!(env!("OUT_DIR"), "/golden.rs"));

    #[test]
    fn golden_offsets_are_monotonic() {
        let mut last = 0;
        for (od, _, _) in GOLDEN {
            last += od;
        }
        assert!(last > 0);
    }

    #[test]
    fn berlin() {
        assert_eq!(super::geohash(52.5163, 13.3777, 5), "u33db");
    }
}
