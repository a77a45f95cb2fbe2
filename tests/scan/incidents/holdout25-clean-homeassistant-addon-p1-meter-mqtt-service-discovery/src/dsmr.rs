//! DSMR telegram parsing with CRC16 check.

#[derive(Debug, Default, Clone)]
pub struct Reading {
    pub import_kwh_t1: f64,
    pub import_kwh_t2: f64,
    pub export_kwh_t1: f64,
    pub export_kwh_t2: f64,
    pub power_kw: f64,
    pub gas_m3: Option<f64>,
}

fn crc16(data: &[u8]) -> u16 {
    let mut crc: u16 = 0;
    for b in data {
        crc ^= *b as u16;
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xA001 } else { crc >> 1 };
        }
    }
    crc
}

fn value(line: &str) -> Option<f64> {
    let start = line.rfind('(')? + 1;
    let body = &line[start..line.rfind(')')?];
    body.split('*').next()?.parse().ok()
}

pub fn parse(t: &str) -> Option<Reading> {
    let bang = t.find('!')?;
    let expected = u16::from_str_radix(t[bang + 1..].trim(), 16).ok()?;
    if crc16(t[..=bang].as_bytes()) != expected {
        return None;
    }
    let mut r = Reading::default();
    for line in t.lines() {
        let v = || value(line).unwrap_or(0.0);
        match line.split('(').next().unwrap_or("") {
            "1-0:1.8.1" => r.import_kwh_t1 = v(),
            "1-0:1.8.2" => r.import_kwh_t2 = v(),
            "1-0:2.8.1" => r.export_kwh_t1 = v(),
            "1-0:2.8.2" => r.export_kwh_t2 = v(),
            "1-0:1.7.0" => r.power_kw = v(),
            "0-1:24.2.1" => r.gas_m3 = value(line),
            _ => {}
        }
    }
    Some(r)
}
