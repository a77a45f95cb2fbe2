//! SSH session to a device and the show command per platform.

use crate::inventory::Device;
use crate::prompt::InventoryPrompter;
use anyhow::{anyhow, Result};
use ssh2::Session;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

pub fn session(host: &str, port: u16, user: &str, device: &Device) -> Result<Session> {
    let tcp = TcpStream::connect((host, port))?;
    tcp.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut s = Session::new()?;
    s.set_tcp_stream(tcp);
    s.handshake()?;
    let methods = s.auth_methods(user).unwrap_or("password");
    if methods.contains("keyboard-interactive") {
        s.userauth_keyboard_interactive(user, &mut InventoryPrompter { device })?;
    } else {
        s.userauth_password(user, &device.password)?;
    }
    if !s.authenticated() {
        return Err(anyhow!("authentication failed"));
    }
    Ok(s)
}

fn command(kind: &str) -> &'static str {
    match kind {
        "junos" => "show configuration | display set | no-more",
        "nxos" => "terminal length 0 ; show running-config",
        "eos" => "show running-config | no-more",
        _ => "show running-config",
    }
}

pub fn running_config(dev: &Device) -> Result<String> {
    let s = session(&dev.host, dev.port, &dev.username, dev)?;
    let mut ch = s.channel_session()?;
    if dev.kind == "ios" {
        ch.request_pty("vt100", None, Some((200, 0, 0, 0)))?;
        ch.shell()?;
        if let Some(en) = &dev.enable {
            ch.write_all(format!("enable\n{en}\n").as_bytes())?;
        }
        ch.write_all(b"terminal length 0\nshow running-config\nexit\n")?;
    } else {
        ch.exec(command(&dev.kind))?;
    }
    let mut out = String::new();
    ch.read_to_string(&mut out)?;
    ch.wait_close()?;
    let start = out.find("version ").or_else(|| out.find("## Last commit")).unwrap_or(0);
    Ok(out[start..].to_string())
}
