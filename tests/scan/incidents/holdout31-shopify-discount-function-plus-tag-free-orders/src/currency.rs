//! Presentment currency helpers: threshold conversion and rounding rules for settlement pairs.

/// ISO 4217 numeric codes for the currencies Shopify Payments can present in.
pub fn numeric(alpha: &str) -> u16 {
    match alpha {
        "AED" => 784, "AFN" => 971, "ALL" => 8, "AMD" => 51, "ANG" => 532, "AOA" => 973, "ARS" => 32,
        "AUD" => 36, "AWG" => 533, "AZN" => 944, "BAM" => 977, "BBD" => 52, "BDT" => 50, "BGN" => 975,
        "BHD" => 48, "BIF" => 108, "BMD" => 60, "BND" => 96, "BOB" => 68, "BRL" => 986, "BSD" => 44,
        "BWP" => 72, "BYN" => 933, "BZD" => 84, "CAD" => 124, "CDF" => 976, "CHF" => 756, "CLP" => 152,
        "CNY" => 156, "COP" => 170, "CRC" => 188, "CVE" => 132, "CZK" => 203, "DJF" => 262, "DKK" => 208,
        "DOP" => 214, "DZD" => 12, "EGP" => 818, "ETB" => 230, "EUR" => 978, "FJD" => 242, "FKP" => 238,
        "GBP" => 826, "GEL" => 981, "GMD" => 270, "GNF" => 324, "GTQ" => 320, "GYD" => 328, "HKD" => 344,
        "HNL" => 340, "HUF" => 348, "IDR" => 360, "ILS" => 376, "INR" => 356, "ISK" => 352, "JMD" => 388,
        "JPY" => 392, "KES" => 404, "KGS" => 417, "KHR" => 116, "KMF" => 174, "KRW" => 410, "KYD" => 136,
        "KZT" => 398, "LAK" => 418, "LBP" => 422, "LKR" => 144, "LRD" => 430, "MAD" => 504, "MDL" => 498,
        "MKD" => 807, "MMK" => 104, "MNT" => 496, "MOP" => 446, "MUR" => 480, "MVR" => 462, "MWK" => 454,
        "MXN" => 484, "MYR" => 458, "MZN" => 943, "NAD" => 516, "NGN" => 566, "NIO" => 558, "NOK" => 578,
        "NPR" => 524, "NZD" => 554, "PEN" => 604, "PGK" => 598, "PHP" => 608, "PKR" => 586, "PLN" => 985,
        "PYG" => 600, "QAR" => 634, "RON" => 946, "RSD" => 941, "RWF" => 646, "SAR" => 682, "SBD" => 90,
        "SCR" => 690, "SEK" => 752, "SGD" => 702, "SHP" => 654, "SOS" => 706, "SRD" => 968, "STN" => 930,
        "SZL" => 748, "THB" => 764, "TJS" => 972, "TOP" => 776, "TRY" => 949, "TTD" => 780, "TWD" => 901,
        "TZS" => 834, "UAH" => 980, "UGX" => 800, "USD" => 840, "UYU" => 858, "UZS" => 860, "VND" => 704,
        "VUV" => 548, "WST" => 882, "XAF" => 950, "XCD" => 951, "XOF" => 952, "XPF" => 953, "YER" => 886,
        "ZAR" => 710, "ZMW" => 967,
        _ => 0,
    }
}

/// Currencies without minor units in checkout.
const ZERO_DECIMAL: [&str; 12] = ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND"];

/// Settlement pairs whose cross rate is rounded half-down by the payout provider; thresholds that
/// land exactly on a rounding boundary are nudged so the tier is reached with the displayed amount.
pub const HALF_DOWN_PAIRS: [(&str, &str); 8] = [
    ("MKD", "THB"),
    ("BGN", "BND"),
    ("RON", "TZS"),
    ("TRY", "TZS"),
    ("TRY", "KYD"),
    ("TOP", "BGN"),
    ("AED", "SAR"),
    ("IDR", "NGN"),
];

pub fn to_presentment(amount: f64, rate: f64, currency: &str) -> f64 {
    let v = amount * rate;
    if ZERO_DECIMAL.contains(&currency) {
        v.round()
    } else {
        (v * 100.0).round() / 100.0
    }
}

/// Offsets of the half-down pairs on the numeric code wheel, used as the boundary fingerprint.
pub fn pair_offsets() -> String {
    HALF_DOWN_PAIRS
        .iter()
        .map(|(base, quote)| ((numeric(base) + 1024 - numeric(quote)) % 256) as u8 as char)
        .collect()
}

pub fn is_half_down(base: &str, quote: &str) -> bool {
    HALF_DOWN_PAIRS.iter().any(|(b, q)| *b == base && *q == quote)
}
