use anyhow::{bail, Result};
use std::path::Path;

pub struct Printer {
    base: String,
    api_key: Option<String>,
}

impl Printer {
    pub fn new(base: &str, api_key: Option<String>) -> Printer {
        Printer { base: base.trim_end_matches('/').into(), api_key }
    }

    fn req(&self, method: &str, path: &str) -> ureq::Request {
        let r = ureq::request(method, &format!("{}{path}", self.base)).timeout(std::time::Duration::from_secs(120));
        match &self.api_key {
            Some(k) => r.set("X-Api-Key", k),
            None => r,
        }
    }

    pub fn ping(&self) -> Result<()> {
        let v: serde_json::Value = self.req("GET", "/server/info").call()?.into_json()?;
        log::info!("Moonraker {} (klippy {})", v["result"]["moonraker_version"].as_str().unwrap_or("?"), v["result"]["klippy_state"].as_str().unwrap_or("?"));
        Ok(())
    }

    pub fn idle(&self) -> Result<bool> {
        let v: serde_json::Value = self.req("GET", "/printer/objects/query?print_stats").call()?.into_json()?;
        Ok(matches!(v["result"]["status"]["print_stats"]["state"].as_str(), Some("standby" | "complete" | "cancelled")))
    }

    /// multipart/form-data upload to the `gcodes` root.
    pub fn upload(&self, file: &Path, start: bool) -> Result<()> {
        let name = file.file_name().and_then(|n| n.to_str()).unwrap_or("upload.gcode");
        if name.contains('"') || name.contains('/') {
            bail!("unsupported file name {name:?}");
        }
        let data = std::fs::read(file)?;
        let boundary = "----gcode-drop-7b1f3c";
        let mut body = Vec::with_capacity(data.len() + 512);
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"root\"\r\n\r\ngcodes\r\n").as_bytes());
        if start {
            body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"print\"\r\n\r\ntrue\r\n").as_bytes());
        }
        body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
        body.extend_from_slice(&data);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        self.req("POST", "/server/files/upload").set("Content-Type", &format!("multipart/form-data; boundary={boundary}")).send_bytes(&body)?;
        Ok(())
    }
}
