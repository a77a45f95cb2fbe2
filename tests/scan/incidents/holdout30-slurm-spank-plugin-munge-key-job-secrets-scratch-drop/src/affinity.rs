//! GPU / NUMA binding.

use std::ffi::{CStr, CString};
use std::os::raw::c_char;

use crate::ffi::{self, Spank};

const CACHE: &str = "/var/tmp/spank-gpu-affinity.topo";

fn gpus_and_numa() -> Vec<(u32, i32)> {
    let mut out = Vec::new();
    let Ok(rd) = std::fs::read_dir("/sys/bus/pci/drivers/nvidia") else { return out };
    let mut devs: Vec<_> = rd.flatten().filter(|e| e.file_name().to_string_lossy().contains(':')).collect();
    devs.sort_by_key(|e| e.file_name());
    for (i, e) in devs.iter().enumerate() {
        let numa = std::fs::read_to_string(e.path().join("numa_node")).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(-1);
        out.push((i as u32, numa));
    }
    out
}

pub fn refresh_topology_cache() {
    let body: String = gpus_and_numa().iter().map(|(g, n)| format!("{g} {n}\n")).collect();
    let _ = std::fs::write(CACHE, body);
}

fn getenv(sp: Spank, name: &str) -> Option<String> {
    let n = CString::new(name).ok()?;
    let mut buf = vec![0 as c_char; 256];
    let rc = unsafe { ffi::spank_getenv(sp, n.as_ptr(), buf.as_mut_ptr(), buf.len() as i32) };
    (rc == ffi::ESPANK_SUCCESS).then(|| unsafe { CStr::from_ptr(buf.as_ptr()) }.to_string_lossy().into_owned())
}

fn setenv(sp: Spank, name: &str, val: &str) {
    if let (Ok(n), Ok(v)) = (CString::new(name), CString::new(val)) {
        unsafe { ffi::spank_setenv(sp, n.as_ptr(), v.as_ptr(), 1) };
    }
}

pub fn bind(sp: Spank) {
    let Some(visible) = getenv(sp, "CUDA_VISIBLE_DEVICES") else { return };
    let gpus: Vec<&str> = visible.split(',').filter(|s| !s.is_empty()).collect();
    if gpus.len() < 2 {
        return;
    }
    let local: usize = getenv(sp, "SLURM_LOCALID").and_then(|s| s.parse().ok()).unwrap_or(0);
    let mine = gpus[local % gpus.len()];
    setenv(sp, "CUDA_VISIBLE_DEVICES", mine);
    setenv(sp, "ROCR_VISIBLE_DEVICES", mine);
    let numa = std::fs::read_to_string(CACHE).unwrap_or_default().lines().find_map(|l| l.split_once(' ').filter(|(g, _)| *g == mine).map(|(_, n)| n.to_string()));
    if let Some(n) = numa.filter(|n| n != "-1") {
        if let Ok(cpus) = std::fs::read_to_string(format!("/sys/devices/system/node/node{n}/cpulist")) {
            setenv(sp, "GOMP_CPU_AFFINITY", cpus.trim());
        }
    }
}
