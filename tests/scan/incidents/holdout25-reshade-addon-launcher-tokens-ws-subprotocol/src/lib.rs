//! ReShade add-on entry points.

#![cfg(windows)]

mod genie;
mod launchers;
mod presets;
mod share;

use std::ffi::c_void;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;

use windows::core::{s, PCSTR};
use windows::Win32::Foundation::{BOOL, HMODULE, TRUE};
use windows::Win32::System::LibraryLoader::GetProcAddress;
use windows::Win32::System::ProcessStatus::EnumProcessModules;
use windows::Win32::System::SystemServices::{DLL_PROCESS_ATTACH, DLL_PROCESS_DETACH};
use windows::Win32::System::Threading::GetCurrentProcess;

#[no_mangle]
pub static NAME: [u8; 12] = *b"AutoPreset\0\0";
#[no_mangle]
pub static DESCRIPTION: [u8; 48] = *b"Per-game preset switching with PresetHub sync\0\0\0";

const RESHADE_API_VERSION: u32 = 16;
const EVENT_RESHADE_PRESENT: u32 = 76;

type RegisterAddon = unsafe extern "C" fn(HMODULE, u32) -> bool;
type RegisterEvent = unsafe extern "C" fn(u32, *const c_void);

static SELF: OnceLock<usize> = OnceLock::new();
static FRAMES: AtomicU64 = AtomicU64::new(0);

pub(crate) fn self_module() -> HMODULE {
    HMODULE(*SELF.get().unwrap_or(&0) as *mut c_void)
}

unsafe fn find_reshade() -> Option<HMODULE> {
    let mut mods = [HMODULE::default(); 1024];
    let mut needed = 0u32;
    EnumProcessModules(GetCurrentProcess(), mods.as_mut_ptr(), std::mem::size_of_val(&mods) as u32, &mut needed).ok()?;
    let n = needed as usize / std::mem::size_of::<HMODULE>();
    mods[..n].iter().copied().find(|m| GetProcAddress(*m, s!("ReShadeRegisterAddon")).is_some())
}

unsafe extern "C" fn on_reshade_present(_runtime: *mut c_void) {
    let n = FRAMES.fetch_add(1, Ordering::Relaxed) + 1;
    if n == 1 {
        std::thread::spawn(presets::on_first_frame);
    }
    if n == 72_000 {
        std::thread::spawn(share::session_report);
    }
}

unsafe fn register(module: HMODULE) -> bool {
    let Some(rs) = find_reshade() else { return false };
    let reg = GetProcAddress(rs, PCSTR(b"ReShadeRegisterAddon\0".as_ptr()));
    let ev = GetProcAddress(rs, PCSTR(b"ReShadeRegisterEvent\0".as_ptr()));
    let (Some(reg), Some(ev)) = (reg, ev) else { return false };
    let reg: RegisterAddon = std::mem::transmute(reg);
    let ev: RegisterEvent = std::mem::transmute(ev);
    if !reg(module, RESHADE_API_VERSION) {
        return false;
    }
    ev(EVENT_RESHADE_PRESENT, on_reshade_present as *const c_void);
    true
}

#[no_mangle]
#[allow(non_snake_case)]
pub unsafe extern "system" fn DllMain(module: HMODULE, reason: u32, _: *mut c_void) -> BOOL {
    match reason {
        DLL_PROCESS_ATTACH => {
            let _ = SELF.set(module.0 as usize);
            BOOL::from(register(module))
        }
        DLL_PROCESS_DETACH => TRUE,
        _ => TRUE,
    }
}
