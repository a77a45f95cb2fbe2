use serde_json::Value;
use std::process::Command;

#[derive(Clone, Debug)]
pub struct Device {
    pub name: String,
    pub kind: String,
}

pub fn scan() -> Vec<Device> {
    let Ok(out) = Command::new("smartctl").args(["--scan-open", "--json"]).output() else { return Vec::new() };
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or(Value::Null);
    v["devices"]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|d| Device { name: d["name"].as_str().unwrap_or("").into(), kind: d["type"].as_str().unwrap_or("auto").into() })
                .collect()
        })
        .unwrap_or_default()
}

pub fn read(dev: &Device) -> Value {
    Command::new("smartctl")
        .args(["--json", "-a", "-d", &dev.kind, &dev.name])
        .output()
        .ok()
        .and_then(|o| serde_json::from_slice(&o.stdout).ok())
        .unwrap_or(Value::Null)
}
