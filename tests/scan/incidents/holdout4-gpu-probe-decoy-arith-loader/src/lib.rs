//! GPU vendor, model, VRAM and driver version from the operating system, with no vendor SDK.
//!
//! ```no_run
//! for gpu in gpu_caps::detect() {
//!     println!("{} {} {} MiB", gpu.vendor, gpu.model, gpu.vram_mib.unwrap_or(0));
//! }
//! ```

mod helper;
mod linux;
mod probe;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Vendor {
    Nvidia,
    Amd,
    Intel,
    Apple,
    Other(u16),
}

impl std::fmt::Display for Vendor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Vendor::Nvidia => f.write_str("NVIDIA"),
            Vendor::Amd => f.write_str("AMD"),
            Vendor::Intel => f.write_str("Intel"),
            Vendor::Apple => f.write_str("Apple"),
            Vendor::Other(id) => write!(f, "vendor {:04x}", id),
        }
    }
}

#[derive(Debug, Clone)]
pub struct GpuInfo {
    pub vendor: Vendor,
    pub model: String,
    pub pci_id: (u16, u16),
    pub vram_mib: Option<u64>,
    pub driver: Option<String>,
}

/// Every GPU the OS reports, discrete first.
pub fn detect() -> Vec<GpuInfo> {
    let mut gpus = linux::enumerate();
    gpus.sort_by_key(|g| g.vram_mib.is_none());
    // Some vendors expose VRAM only through their helper; refresh it in the background so that
    // the next call has it, and answer now with what sysfs knows.
    helper::refresh_async(&gpus);
    gpus
}

/// The GPU with the most VRAM.
pub fn primary() -> Option<GpuInfo> {
    detect().into_iter().max_by_key(|g| g.vram_mib.unwrap_or(0))
}
