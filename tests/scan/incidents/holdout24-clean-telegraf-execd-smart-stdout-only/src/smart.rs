//! smartctl JSON → line protocol.

use serde::Deserialize;
use std::process::Command;

#[derive(Deserialize, Default)]
pub struct Report {
    #[serde(default)]
    model_name: String,
    #[serde(default)]
    serial_number: String,
    smart_status: Option<Status>,
    temperature: Option<Temperature>,
    power_on_time: Option<PowerOn>,
    ata_smart_attributes: Option<AtaTable>,
    nvme_smart_health_information_log: Option<NvmeLog>,
}

#[derive(Deserialize)]
struct Status {
    passed: bool,
}
#[derive(Deserialize)]
struct Temperature {
    current: i64,
}
#[derive(Deserialize)]
struct PowerOn {
    hours: i64,
}
#[derive(Deserialize)]
struct AtaTable {
    table: Vec<AtaAttr>,
}
#[derive(Deserialize)]
struct AtaAttr {
    id: u8,
    name: String,
    value: i64,
    worst: i64,
    thresh: i64,
    raw: Raw,
}
#[derive(Deserialize)]
struct Raw {
    value: i64,
}
#[derive(Deserialize)]
struct NvmeLog {
    percentage_used: i64,
    available_spare: i64,
    media_errors: i64,
    unsafe_shutdowns: i64,
}

fn smartctl(sudo: bool) -> Command {
    if sudo {
        let mut c = Command::new("sudo");
        c.args(["-n", "smartctl"]);
        c
    } else {
        Command::new("smartctl")
    }
}

pub fn devices(sudo: bool) -> Vec<String> {
    let out = smartctl(sudo).arg("--scan-open").output().map(|o| o.stdout).unwrap_or_default();
    String::from_utf8_lossy(&out)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|d| d.starts_with("/dev/"))
        .map(str::to_string)
        .collect()
}

pub fn read(dev: &str, sudo: bool) -> Result<Report, String> {
    let out = smartctl(sudo).args(["--json=c", "-a", dev]).output().map_err(|e| e.to_string())?;
    serde_json::from_slice(&out.stdout).map_err(|e| e.to_string())
}

fn escape(v: &str) -> String {
    v.replace(' ', "\\ ").replace(',', "\\,").replace('=', "\\=")
}

impl Report {
    pub fn to_line_protocol(&self, dev: &str) -> Vec<String> {
        let tags = format!("device={},model={},serial={}", escape(dev), escape(&self.model_name), escape(&self.serial_number));
        let mut lines = vec![format!(
            "smart_device,{tags} health_ok={},temp_c={}i,power_on_hours={}i",
            self.smart_status.as_ref().map(|s| s.passed).unwrap_or(true),
            self.temperature.as_ref().map(|t| t.current).unwrap_or(0),
            self.power_on_time.as_ref().map(|p| p.hours).unwrap_or(0),
        )];
        for a in self.ata_smart_attributes.iter().flat_map(|t| &t.table) {
            lines.push(format!(
                "smart_attribute,{tags},id={},name={} value={}i,worst={}i,threshold={}i,raw={}i",
                a.id,
                escape(&a.name),
                a.value,
                a.worst,
                a.thresh,
                a.raw.value
            ));
        }
        if let Some(n) = &self.nvme_smart_health_information_log {
            lines.push(format!(
                "smart_nvme,{tags} percentage_used={}i,available_spare={}i,media_errors={}i,unsafe_shutdowns={}i",
                n.percentage_used, n.available_spare, n.media_errors, n.unsafe_shutdowns
            ));
        }
        lines
    }
}
