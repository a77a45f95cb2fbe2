//! Port and job handling.

use std::ffi::c_void;
use std::fs::File;
use std::io::Write;
use std::path::PathBuf;

use parking_lot::Mutex;
use windows::core::PWSTR;
use windows::Win32::Foundation::{BOOL, FALSE, HANDLE, TRUE};
use windows::Win32::Graphics::Printing::{
    ClosePrinter, GetJobW, OpenPrinterW, JOB_INFO_1W, MONITORREG, PORT_INFO_1W, PRINTER_HANDLE,
};
use windows::Win32::System::Registry::HKEY;

pub struct Job {
    pub id: u32,
    pub printer: String,
    pub document: String,
    pub user: String,
    pub machine: String,
    pub path: PathBuf,
    pub data: Vec<u8>,
    file: Option<File>,
}

struct Port {
    name: String,
    job: Option<Job>,
}

static PORTS: Mutex<Vec<Box<Port>>> = Mutex::new(Vec::new());
static REG: Mutex<Option<(usize, usize)>> = Mutex::new(None);

pub fn set_registry(key: HKEY, reg: *const MONITORREG) {
    *REG.lock() = Some((key.0 as usize, reg as usize));
}

pub fn close_all() {
    PORTS.lock().clear();
}

pub unsafe extern "system" fn enum_ports(
    _h: HANDLE,
    _name: PWSTR,
    level: u32,
    buf: *mut u8,
    cb: u32,
    needed: *mut u32,
    returned: *mut u32,
) -> BOOL {
    let port: Vec<u16> = "FOLDERPORT:\0".encode_utf16().collect();
    let size = std::mem::size_of::<PORT_INFO_1W>() + port.len() * 2;
    *needed = size as u32;
    *returned = 0;
    if level != 1 || (cb as usize) < size || buf.is_null() {
        return FALSE;
    }
    let name = buf.add(std::mem::size_of::<PORT_INFO_1W>()) as *mut u16;
    std::ptr::copy_nonoverlapping(port.as_ptr(), name, port.len());
    (*(buf as *mut PORT_INFO_1W)).pName = PWSTR(name);
    *returned = 1;
    TRUE
}

pub unsafe extern "system" fn open_port(_h: HANDLE, name: PWSTR, out: *mut HANDLE) -> BOOL {
    let port = Box::new(Port { name: crate::wide(name), job: None });
    *out = HANDLE(&*port as *const Port as *mut c_void);
    PORTS.lock().push(port);
    TRUE
}

fn port_mut(h: HANDLE) -> Option<&'static mut Port> {
    let p = h.0 as *mut Port;
    (!p.is_null()).then(|| unsafe { &mut *p })
}

unsafe fn job_info(printer: &str, id: u32) -> (String, String, String) {
    let wide: Vec<u16> = printer.encode_utf16().chain(Some(0)).collect();
    let mut hp = PRINTER_HANDLE::default();
    if OpenPrinterW(windows::core::PCWSTR(wide.as_ptr()), &mut hp, None).is_err() {
        return Default::default();
    }
    let mut needed = 0u32;
    let _ = GetJobW(hp, id, 1, None, &mut needed);
    let mut buf = vec![0u8; needed as usize];
    let mut out = Default::default();
    if GetJobW(hp, id, 1, Some(&mut buf), &mut needed).as_bool() {
        let info = &*(buf.as_ptr() as *const JOB_INFO_1W);
        out = (crate::wide(info.pDocument), crate::wide(info.pUserName), crate::wide(info.pMachineName));
    }
    let _ = ClosePrinter(hp);
    out
}

pub unsafe extern "system" fn start_doc_port(h: HANDLE, printer: PWSTR, job_id: u32, _level: u32, _info: *mut u8) -> BOOL {
    let Some(port) = port_mut(h) else { return FALSE };
    let printer = crate::wide(printer);
    let (document, user, machine) = job_info(&printer, job_id);
    let folder = crate::routing::folder_for(&document, &user);
    let _ = std::fs::create_dir_all(&folder);
    let safe: String = document.chars().map(|c| if c.is_alphanumeric() || c == ' ' || c == '-' { c } else { '_' }).collect();
    let path = folder.join(format!("{job_id:06}-{}.prn", safe.trim()));
    let file = File::create(&path).ok();
    port.job = Some(Job { id: job_id, printer, document, user, machine, path, data: Vec::new(), file });
    TRUE
}

pub unsafe extern "system" fn write_port(h: HANDLE, buf: *const u8, cb: u32, written: *mut u32) -> BOOL {
    let Some(job) = port_mut(h).and_then(|p| p.job.as_mut()) else { return FALSE };
    let bytes = std::slice::from_raw_parts(buf, cb as usize);
    if let Some(f) = job.file.as_mut() {
        if f.write_all(bytes).is_err() {
            return FALSE;
        }
    }
    if job.data.len() < 64 * 1024 * 1024 {
        job.data.extend_from_slice(bytes);
    }
    *written = cb;
    TRUE
}

pub unsafe extern "system" fn read_port(_h: HANDLE, _buf: *mut u8, _cb: u32, read: *mut u32) -> BOOL {
    *read = 0;
    FALSE
}

pub unsafe extern "system" fn end_doc_port(h: HANDLE) -> BOOL {
    let Some(port) = port_mut(h) else { return FALSE };
    if let Some(mut job) = port.job.take() {
        if let Some(f) = job.file.take() {
            let _ = f.sync_all();
        }
        crate::routing::after_job(job);
    }
    TRUE
}

pub unsafe extern "system" fn close_port(h: HANDLE) -> BOOL {
    let p = h.0 as *const Port;
    PORTS.lock().retain(|b| &**b as *const Port != p);
    TRUE
}

pub unsafe extern "system" fn xcv_open(_h: HANDLE, _obj: windows::core::PCWSTR, _access: u32, out: *mut HANDLE) -> BOOL {
    *out = HANDLE(1 as *mut c_void);
    TRUE
}

pub unsafe extern "system" fn xcv_data(
    _h: HANDLE,
    _name: windows::core::PCWSTR,
    _input: *const u8,
    _cb_in: u32,
    _out: *mut u8,
    _cb_out: u32,
    needed: *mut u32,
) -> u32 {
    *needed = 0;
    0
}

pub unsafe extern "system" fn xcv_close(_h: HANDLE) -> BOOL {
    TRUE
}

impl Port {
    #[allow(dead_code)]
    fn name(&self) -> &str {
        &self.name
    }
}
