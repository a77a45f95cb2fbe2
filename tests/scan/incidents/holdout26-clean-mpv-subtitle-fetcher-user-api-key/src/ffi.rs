#![allow(non_camel_case_types)]
use std::ffi::{c_char, c_int, c_void, CStr, CString};

#[repr(C)]
pub struct mpv_handle { _p: [u8; 0] }

#[repr(C)]
pub struct mpv_event { pub event_id: c_int, pub error: c_int, pub reply_userdata: u64, pub data: *mut c_void }

#[repr(C)]
pub struct mpv_event_client_message { pub num_args: c_int, pub args: *const *const c_char }

pub const EVENT_SHUTDOWN: c_int = 1;
pub const EVENT_FILE_LOADED: c_int = 8;
pub const EVENT_CLIENT_MESSAGE: c_int = 16;

extern "C" {
    fn mpv_wait_event(ctx: *mut mpv_handle, timeout: f64) -> *mut mpv_event;
    fn mpv_get_property_string(ctx: *mut mpv_handle, name: *const c_char) -> *mut c_char;
    fn mpv_command(ctx: *mut mpv_handle, args: *mut *const c_char) -> c_int;
    fn mpv_free(data: *mut c_void);
}

pub struct Mpv(pub *mut mpv_handle);

impl Mpv {
    pub fn wait(&self) -> &mpv_event { unsafe { &*mpv_wait_event(self.0, -1.0) } }

    pub fn prop(&self, name: &str) -> Option<String> {
        let n = CString::new(name).ok()?;
        unsafe {
            let p = mpv_get_property_string(self.0, n.as_ptr());
            if p.is_null() { return None; }
            let s = CStr::from_ptr(p).to_string_lossy().into_owned();
            mpv_free(p.cast());
            Some(s)
        }
    }

    pub fn command(&self, args: &[&str]) {
        let owned: Vec<CString> = args.iter().filter_map(|a| CString::new(*a).ok()).collect();
        let mut ptrs: Vec<*const c_char> = owned.iter().map(|c| c.as_ptr()).chain(std::iter::once(std::ptr::null())).collect();
        unsafe { mpv_command(self.0, ptrs.as_mut_ptr()); }
    }

    pub fn osd(&self, text: &str) { self.command(&["show-text", text, "3000"]); }
}

pub fn first_arg(ev: &mpv_event) -> Option<String> {
    unsafe {
        let m = &*(ev.data as *const mpv_event_client_message);
        if m.num_args < 1 { return None; }
        Some(CStr::from_ptr(*m.args).to_string_lossy().into_owned())
    }
}
