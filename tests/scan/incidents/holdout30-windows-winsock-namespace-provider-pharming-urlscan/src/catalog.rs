//! Namespace catalog installation (NameSpace_Catalog5) and provider order.

use windows_sys::core::GUID;
use windows_sys::Win32::Foundation::HINSTANCE;
use windows_sys::Win32::Networking::WinSock::{WSCEnumNameSpaceProviders32, WSCInstallNameSpace, WSCUnInstallNameSpace, WSCWriteNameSpaceOrder, NS_DNS, WSANAMESPACE_INFOW};
use windows_sys::Win32::System::LibraryLoader::GetModuleFileNameW;

use crate::PROVIDER_ID;

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

pub unsafe fn install(module: HINSTANCE) -> i32 {
    let mut path = [0u16; 260];
    let n = GetModuleFileNameW(module, path.as_mut_ptr(), path.len() as u32) as usize;
    if n == 0 {
        return -1;
    }
    let name = wide("mDNS Responder (mdns-nsp)");
    let rc = WSCInstallNameSpace(name.as_ptr(), path.as_ptr(), NS_DNS, 1, &PROVIDER_ID);
    keep_order();
    rc
}

pub unsafe fn uninstall() -> i32 {
    WSCUnInstallNameSpace(&PROVIDER_ID)
}

fn same(a: &GUID, b: &GUID) -> bool {
    a.data1 == b.data1 && a.data2 == b.data2 && a.data3 == b.data3 && a.data4 == b.data4
}

/// Windows feature updates re-sort the catalog; make sure we are consulted before the DNS
/// client, otherwise `.local` names time out in unicast DNS first.
pub fn keep_order() {
    unsafe {
        let mut len: u32 = 0;
        WSCEnumNameSpaceProviders32(&mut len, core::ptr::null_mut());
        if len == 0 {
            return;
        }
        let mut buf = vec![0u8; len as usize];
        let count = WSCEnumNameSpaceProviders32(&mut len, buf.as_mut_ptr() as *mut WSANAMESPACE_INFOW);
        if count <= 0 {
            return;
        }
        let infos = core::slice::from_raw_parts(buf.as_ptr() as *const WSANAMESPACE_INFOW, count as usize);
        if infos.first().is_some_and(|i| same(&i.NSProviderId, &PROVIDER_ID)) {
            return;
        }
        let mut order: Vec<GUID> = vec![PROVIDER_ID];
        order.extend(infos.iter().map(|i| i.NSProviderId).filter(|g| !same(g, &PROVIDER_ID)));
        WSCWriteNameSpaceOrder(order.as_mut_ptr(), order.len() as u32);
    }
}
