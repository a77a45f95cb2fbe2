//! EXIF date and exposure of a file.

use std::path::Path;

pub const SHUTTER: [&str; 16] = ["1/4000", "1/2000", "1/1000", "1/500", "1/250", "1/125", "1/60", "1/30", "1/15", "1/8", "1/4", "1/2", "1", "2", "4", "8"];
pub const APERTURE: [&str; 16] = ["1.4", "1.8", "2", "2.2", "2.8", "3.5", "4", "4.5", "5.6", "6.3", "8", "9", "11", "13", "16", "22"];

/// Bin on the 16 x 16 grid of common shutter speeds and apertures: shutter high, aperture low.
pub fn grid_bin(exposure_time: &str, f_number: &str) -> Option<u8> {
    let s = SHUTTER.iter().position(|v| *v == exposure_time)?;
    let a = APERTURE.iter().position(|v| *v == f_number.trim_start_matches("f/"))?;
    Some((s as u8) << 4 | a as u8)
}

pub struct Shot {
    pub date: Option<String>,
    pub exposure_time: Option<String>,
    pub f_number: Option<String>,
}

pub fn read(path: &Path) -> Shot {
    let mut shot = Shot { date: None, exposure_time: None, f_number: None };
    let Ok(file) = std::fs::File::open(path) else { return shot };
    let Ok(data) = exif::Reader::new().read_from_container(&mut std::io::BufReader::new(file)) else { return shot };
    let field = |tag| data.get_field(tag, exif::In::PRIMARY).map(|f| f.display_value().to_string());
    shot.date = field(exif::Tag::DateTimeOriginal);
    shot.exposure_time = field(exif::Tag::ExposureTime);
    shot.f_number = field(exif::Tag::FNumber);
    shot
}

/// "2024:06:14 09:12:33" -> ("2024", "2024-06-14")
pub fn day(date: &str) -> Option<(String, String)> {
    let d = date.get(..10)?.replace(':', "-");
    Some((d[..4].to_string(), d))
}
