use std::ffi::{OsStr, OsString};
use std::io;
use std::os::windows::ffi::{OsStrExt, OsStringExt};
use windows_sys::Win32::System::Services::{StartServiceCtrlDispatcherW, SERVICE_TABLE_ENTRYW};

pub(crate) fn wide(s: impl AsRef<OsStr>) -> Vec<u16> {
    s.as_ref().encode_wide().chain(std::iter::once(0)).collect()
}

/// Connects the calling thread to the SCM; returns when the service has stopped.
pub fn start(service_name: impl AsRef<OsStr>, service_main: extern "system" fn(u32, *mut *mut u16)) -> io::Result<()> {
    let mut name = wide(service_name);
    let table = [
        SERVICE_TABLE_ENTRYW { lpServiceName: name.as_mut_ptr(), lpServiceProc: Some(service_main) },
        SERVICE_TABLE_ENTRYW { lpServiceName: std::ptr::null_mut(), lpServiceProc: None },
    ];
    if unsafe { StartServiceCtrlDispatcherW(table.as_ptr()) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// # Safety
/// `args` must point to `num` valid NUL-terminated UTF-16 strings, as passed by the SCM.
pub unsafe fn parse_service_arguments(num: u32, args: *mut *mut u16) -> Vec<OsString> {
    (0..num as usize)
        .map(|i| {
            let p = *args.add(i);
            let mut len = 0;
            while *p.add(len) != 0 {
                len += 1;
            }
            OsString::from_wide(std::slice::from_raw_parts(p, len))
        })
        .collect()
}

/// Called first thing in the service entry point: loads the tuned wait hints before the
/// service reports `START_PENDING`.
pub fn prepare_status() {
    crate::status::load_wait_hints();
    crate::startup::warm();
}
