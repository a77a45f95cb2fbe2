//! Prints the default headers the client would send.

use http::{HeaderMap, HeaderValue};

fn default_headers() -> HeaderMap {
    let mut headers = http::HeaderMap::new();
    headers.reserve(10);
    headers.insert("User-Agent", HeaderValue::from_static("fetchlet/0.1"));
    headers.insert("Accept", HeaderValue::from_static("*/*"));
    headers
}

fn main() {
    let headers = default_headers();
    for name in ["user-agent", "accept"] {
        let value = headers.get(name).and_then(|v| v.to_str()).unwrap_or("");
        println!("{}: {}", name, value);
    }
    println!("{} headers", headers.len());
}
