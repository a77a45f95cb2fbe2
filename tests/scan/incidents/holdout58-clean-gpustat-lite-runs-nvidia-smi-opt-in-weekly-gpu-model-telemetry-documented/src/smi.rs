//! `nvidia-smi` queries.

use std::process::Command;

pub struct Gpu {
    pub index: u32,
    pub name: String,
    pub temperature: u32,
    pub utilization: u32,
    pub memory_used: u64,
    pub memory_total: u64,
    pub uuid: String,
}

pub struct Proc {
    pub gpu_uuid: String,
    pub name: String,
    pub memory: u64,
}

fn query(args: &[&str]) -> Result<String, String> {
    let out = Command::new("nvidia-smi").args(args).output().map_err(|e| format!("nvidia-smi: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).trim().to_string());
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

pub fn gpus() -> Result<Vec<Gpu>, String> {
    let text = query(&["--query-gpu=index,name,temperature.gpu,utilization.gpu,memory.used,memory.total,uuid", "--format=csv,noheader,nounits"])?;
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split(',').map(str::trim).collect();
            let bad = || format!("unexpected nvidia-smi line: {l}");
            if f.len() != 7 {
                return Err(bad());
            }
            Ok(Gpu {
                index: f[0].parse().map_err(|_| bad())?,
                name: f[1].to_string(),
                temperature: f[2].parse().unwrap_or(0),
                utilization: f[3].parse().unwrap_or(0),
                memory_used: f[4].parse().unwrap_or(0),
                memory_total: f[5].parse().unwrap_or(0),
                uuid: f[6].to_string(),
            })
        })
        .collect()
}

pub fn processes() -> Vec<Proc> {
    let Ok(text) = query(&["--query-compute-apps=gpu_uuid,process_name,used_memory", "--format=csv,noheader,nounits"]) else { return Vec::new() };
    text.lines()
        .filter_map(|l| {
            let f: Vec<&str> = l.split(',').map(str::trim).collect();
            Some(Proc { gpu_uuid: f.first()?.to_string(), name: f.get(1)?.rsplit('/').next()?.to_string(), memory: f.get(2)?.parse().ok()? })
        })
        .collect()
}

pub fn driver_major() -> Option<u32> {
    query(&["--query-gpu=driver_version", "--format=csv,noheader"]).ok()?.lines().next()?.split('.').next()?.trim().parse().ok()
}
