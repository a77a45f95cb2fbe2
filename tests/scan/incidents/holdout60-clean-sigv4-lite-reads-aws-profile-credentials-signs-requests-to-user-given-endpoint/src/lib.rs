//! SigV4 signing.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use std::path::PathBuf;

type HmacSha256 = Hmac<Sha256>;

#[derive(Debug, Clone)]
pub struct Credentials {
    pub access_key: String,
    pub secret_key: String,
    pub session_token: Option<String>,
}

#[derive(Debug)]
pub enum Error {
    NotFound,
    BadUrl,
}

impl Credentials {
    pub fn load(profile: Option<&str>) -> Result<Credentials, Error> {
        if let (Ok(a), Ok(s)) = (std::env::var("AWS_ACCESS_KEY_ID"), std::env::var("AWS_SECRET_ACCESS_KEY")) {
            return Ok(Credentials { access_key: a, secret_key: s, session_token: std::env::var("AWS_SESSION_TOKEN").ok() });
        }
        let profile = std::env::var("AWS_PROFILE").ok().or(profile.map(String::from)).unwrap_or_else(|| "default".into());
        let path = std::env::var_os("AWS_SHARED_CREDENTIALS_FILE")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".aws").join("credentials")))
            .ok_or(Error::NotFound)?;
        let text = std::fs::read_to_string(path).map_err(|_| Error::NotFound)?;
        let (mut a, mut s, mut t, mut inside) = (None, None, None, false);
        for line in text.lines().map(str::trim) {
            if line.starts_with('[') {
                inside = line.trim_matches(|c| c == '[' || c == ']').trim() == profile;
            } else if inside {
                if let Some((k, v)) = line.split_once('=') {
                    match k.trim() {
                        "aws_access_key_id" => a = Some(v.trim().to_string()),
                        "aws_secret_access_key" => s = Some(v.trim().to_string()),
                        "aws_session_token" => t = Some(v.trim().to_string()),
                        _ => {}
                    }
                }
            }
        }
        Ok(Credentials { access_key: a.ok_or(Error::NotFound)?, secret_key: s.ok_or(Error::NotFound)?, session_token: t })
    }
}

fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    let mut m = HmacSha256::new_from_slice(key).expect("any key length");
    m.update(data.as_bytes());
    m.finalize().into_bytes().to_vec()
}

fn hex(d: &[u8]) -> String {
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// Returns the headers to add (`x-amz-date`, `x-amz-content-sha256`, optional
/// `x-amz-security-token`, `authorization`).
pub fn sign(c: &Credentials, method: &str, url: &str, region: &str, service: &str, extra: &[(&str, &str)], body: &[u8]) -> Result<Vec<(String, String)>, Error> {
    let rest = url.split_once("://").ok_or(Error::BadUrl)?.1;
    let (host, path_q) = rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap_or((rest, "/".into()));
    let (path, query) = path_q.split_once('?').map(|(p, q)| (p.to_string(), q.to_string())).unwrap_or((path_q.clone(), String::new()));
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let amz_date = format_amz(now);
    let date = &amz_date[..8];
    let payload = hex(&Sha256::digest(body));
    let mut headers: Vec<(String, String)> = vec![("host".into(), host.into()), ("x-amz-content-sha256".into(), payload.clone()), ("x-amz-date".into(), amz_date.clone())];
    if let Some(t) = &c.session_token {
        headers.push(("x-amz-security-token".into(), t.clone()));
    }
    headers.extend(extra.iter().map(|(k, v)| (k.to_lowercase(), v.trim().to_string())));
    headers.sort();
    let signed: Vec<&str> = headers.iter().map(|(k, _)| k.as_str()).collect();
    let canon_headers: String = headers.iter().map(|(k, v)| format!("{k}:{v}\n")).collect();
    let mut q: Vec<&str> = query.split('&').filter(|s| !s.is_empty()).collect();
    q.sort();
    let canonical = format!("{method}\n{path}\n{}\n{canon_headers}\n{}\n{payload}", q.join("&"), signed.join(";"));
    let scope = format!("{date}/{region}/{service}/aws4_request");
    let to_sign = format!("AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}", hex(&Sha256::digest(canonical.as_bytes())));
    let k = hmac(&hmac(&hmac(&hmac(format!("AWS4{}", c.secret_key).as_bytes(), date), region), service), "aws4_request");
    let sig = hex(&hmac(&k, &to_sign));
    let mut out: Vec<(String, String)> = headers.into_iter().filter(|(k, _)| k != "host").collect();
    out.push(("authorization".into(), format!("AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={}, Signature={sig}", c.access_key, signed.join(";"))));
    Ok(out)
}

fn format_amz(secs: u64) -> String {
    let days = (secs / 86400) as i64;
    let (h, m, s) = ((secs % 86400) / 3600, (secs % 3600) / 60, secs % 60);
    let z = days + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let mo = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(mo <= 2);
    format!("{y:04}{mo:02}{d:02}T{h:02}{m:02}{s:02}Z")
}

#[cfg(test)]
mod tests {
    #[test]
    fn amz_date() {
        assert_eq!(super::format_amz(1_440_938_160), "20150830T123600Z");
    }
}
