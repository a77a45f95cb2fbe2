use std::fs;

#[derive(Clone, Debug)]
pub struct Gpu {
    pub index: usize,
    pub uuid: String,
    pub minor: u32,
}

/// Reads the NVIDIA driver's procfs view (one directory per PCI function).
pub fn discover() -> Vec<Gpu> {
    let mut out = Vec::new();
    let Ok(rd) = fs::read_dir("/proc/driver/nvidia/gpus") else { return out };
    for (index, e) in rd.flatten().enumerate() {
        let info = fs::read_to_string(e.path().join("information")).unwrap_or_default();
        let field = |name: &str| {
            info.lines().find_map(|l| l.strip_prefix(name)).map(|v| v.trim_start_matches(':').trim().to_string())
        };
        out.push(Gpu {
            index,
            uuid: field("GPU UUID").unwrap_or_else(|| format!("GPU-{index}")),
            minor: field("Device Minor").and_then(|m| m.parse().ok()).unwrap_or(index as u32),
        });
    }
    out
}
