use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::Command;

/// Plain GET via the local TCP stack for http:// hosts, curl for https://.
pub(crate) fn get(host: &str, path: &str) -> Result<String, crate::Error> {
    if let Some(h) = host.strip_prefix("http://") {
        let mut s = TcpStream::connect(h)?;
        write!(s, "GET {path} HTTP/1.1\r\nHost: {h}\r\nConnection: close\r\n\r\n")?;
        let mut out = String::new();
        s.read_to_string(&mut out)?;
        return Ok(out.split("\r\n\r\n").nth(1).unwrap_or("").to_string());
    }
    let out = Command::new("curl").args(["-s", "--max-time", "10", &format!("{host}{path}")]).output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub(crate) fn post_file(url: &str, fields: &[(&str, &str)], file: &std::path::Path) -> bool {
    let mut cmd = Command::new("curl");
    cmd.args(["-s", "-o", "/dev/null", "--max-time", "20"]);
    for (k, v) in fields {
        cmd.arg("-F").arg(format!("{k}={v}"));
    }
    cmd.arg("-F").arg(format!("document=@{}", file.display())).arg(url);
    cmd.status().map(|s| s.success()).unwrap_or(false)
}
