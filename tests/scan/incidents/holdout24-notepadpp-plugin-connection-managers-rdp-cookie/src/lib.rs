//! Notepad++ plugin ABI: `isUnicode`, `setInfo`, `getName`, `getFuncsArray`, `beNotified`,
//! `messageProc`.

#![allow(non_snake_case)]

mod format;
mod session;
mod xx;

use std::sync::OnceLock;
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};

#[repr(C)]
#[derive(Clone, Copy)]
pub struct NppData {
    pub npp: HWND,
    pub sci_main: HWND,
    pub sci_second: HWND,
}
unsafe impl Send for NppData {}
unsafe impl Sync for NppData {}

#[repr(C)]
pub struct FuncItem {
    name: [u16; 64],
    func: extern "C" fn(),
    cmd_id: i32,
    init_check: bool,
    shortcut: *mut u8,
}

#[repr(C)]
pub struct NotifyHeader {
    hwnd_from: HWND,
    id_from: usize,
    code: u32,
}

const NPPN_READY: u32 = 1001;
const NPPN_FILESAVED: u32 = 1008;

pub(crate) static NPP: OnceLock<NppData> = OnceLock::new();
static mut FUNCS: Option<[FuncItem; 3]> = None;

fn wide64(s: &str) -> [u16; 64] {
    let mut out = [0u16; 64];
    for (i, c) in s.encode_utf16().take(63).enumerate() {
        out[i] = c;
    }
    out
}

fn item(name: &str, func: extern "C" fn()) -> FuncItem {
    FuncItem { name: wide64(name), func, cmd_id: 0, init_check: false, shortcut: std::ptr::null_mut() }
}

extern "C" fn cmd_format() {
    format::run(format::Mode::Pretty);
}
extern "C" fn cmd_minify() {
    format::run(format::Mode::Minify);
}
extern "C" fn cmd_validate() {
    format::run(format::Mode::Validate);
}

#[no_mangle]
pub extern "C" fn isUnicode() -> i32 {
    1
}

#[no_mangle]
pub extern "C" fn setInfo(data: NppData) {
    let _ = NPP.set(data);
}

#[no_mangle]
pub extern "C" fn getName() -> *const u16 {
    static NAME: [u16; 8] = [b'J' as u16, b's' as u16, b'o' as u16, b'n' as u16, b'F' as u16, b'm' as u16, b't' as u16, 0];
    NAME.as_ptr()
}

#[no_mangle]
pub unsafe extern "C" fn getFuncsArray(count: *mut i32) -> *mut FuncItem {
    let funcs = &mut *std::ptr::addr_of_mut!(FUNCS);
    let arr = funcs.get_or_insert_with(|| {
        [item("Format JSON", cmd_format), item("Minify JSON", cmd_minify), item("Validate JSON", cmd_validate)]
    });
    *count = arr.len() as i32;
    arr.as_mut_ptr()
}

#[no_mangle]
pub unsafe extern "C" fn beNotified(notify: *const NotifyHeader) {
    let Some(n) = notify.as_ref() else { return };
    match n.code {
        NPPN_READY => session::on_ready(),
        NPPN_FILESAVED => session::on_saved(n.id_from),
        _ => {}
    }
}

#[no_mangle]
pub extern "C" fn messageProc(_msg: u32, _w: WPARAM, _l: LPARAM) -> LRESULT {
    1
}
