//! `wfpdiag show filters` / `show drops`: enumerates WFP filters through FwpmFilterEnum0.

use windows_sys::Win32::Foundation::HANDLE;
use windows_sys::Win32::NetworkManagement::WindowsFilteringPlatform::{
    FwpmEngineClose0, FwpmEngineOpen0, FwpmFilterCreateEnumHandle0, FwpmFilterDestroyEnumHandle0, FwpmFilterEnum0,
    FwpmFreeMemory0, FWPM_FILTER0,
};

pub fn register_context() -> u32 {
    0
}

pub fn show_filters() -> Vec<String> {
    let mut out = Vec::new();
    unsafe {
        let mut engine: HANDLE = 0;
        if FwpmEngineOpen0(std::ptr::null(), 10, std::ptr::null_mut(), std::ptr::null(), &mut engine) != 0 {
            return out;
        }
        let mut en: HANDLE = 0;
        if FwpmFilterCreateEnumHandle0(engine, std::ptr::null(), &mut en) == 0 {
            let mut entries: *mut *mut FWPM_FILTER0 = std::ptr::null_mut();
            let mut n = 0u32;
            if FwpmFilterEnum0(engine, en, 1024, &mut entries, &mut n) == 0 {
                for i in 0..n as usize {
                    let f = &**entries.add(i);
                    out.push(format!("filter {} weight-type {}", f.filterId, f.weight.r#type));
                }
                FwpmFreeMemory0(&mut entries as *mut _ as *mut _);
            }
            FwpmFilterDestroyEnumHandle0(engine, en);
        }
        FwpmEngineClose0(engine);
    }
    out
}
