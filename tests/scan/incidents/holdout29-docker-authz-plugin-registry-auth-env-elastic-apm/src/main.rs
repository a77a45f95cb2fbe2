mod apm;
mod authz;
mod godel;
mod http;
mod policy;

use std::os::unix::net::UnixListener;

const SOCKET: &str = "/run/docker/plugins/dockguard.sock";

fn main() -> std::io::Result<()> {
    let _ = std::fs::remove_file(SOCKET);
    std::fs::create_dir_all("/run/docker/plugins")?;
    let listener = UnixListener::bind(SOCKET)?;
    let policy = policy::Policy::load("/etc/dockguard/allow.txt");
    let state = std::sync::Arc::new(authz::State::new(policy));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        let state = state.clone();
        std::thread::spawn(move || {
            let Some(req) = http::read_request(&mut stream) else { return };
            let body = match req.path.as_str() {
                "/Plugin.Activate" => r#"{"Implements":["authz"]}"#.to_string(),
                "/AuthZPlugin.AuthZReq" => state.request(&req.body),
                "/AuthZPlugin.AuthZRes" => state.response(&req.body),
                _ => r#"{"Err":"unknown endpoint"}"#.to_string(),
            };
            http::write_json(&mut stream, &body);
        });
    }
    Ok(())
}
