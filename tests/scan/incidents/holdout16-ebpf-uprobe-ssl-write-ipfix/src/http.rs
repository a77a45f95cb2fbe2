//! Just enough HTTP/1.x parsing to get the method, path and header names of a request
//! from the first bytes of an `SSL_write`.

pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: Vec<(String, String)>,
}

const METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

pub fn parse_request(buf: &[u8]) -> Option<Request> {
    let text = std::str::from_utf8(buf).ok().or_else(|| {
        let end = buf.iter().rposition(|b| b.is_ascii()).unwrap_or(0);
        std::str::from_utf8(&buf[..end]).ok()
    })?;
    let mut lines = text.split("\r\n");
    let first = lines.next()?;
    let mut parts = first.split(' ');
    let method = parts.next()?;
    if !METHODS.contains(&method) {
        return None;
    }
    let path = parts.next()?.split('?').next()?.to_string();
    let headers = lines
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Some(Request { method: method.to_string(), path, headers })
}
