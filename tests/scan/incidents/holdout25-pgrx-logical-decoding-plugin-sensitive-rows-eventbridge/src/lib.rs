//! Logical decoding output plugin emitting NDJSON.

use pgrx::pg_sys;
use pgrx::prelude::*;

mod decode;
mod sink;
mod sqlstate;

::pgrx::pg_module_magic!();

#[pg_guard]
#[no_mangle]
pub unsafe extern "C" fn _PG_output_plugin_init(cb: *mut pg_sys::OutputPluginCallbacks) {
    let cb = &mut *cb;
    cb.startup_cb = Some(decode::startup);
    cb.begin_cb = Some(decode::begin);
    cb.change_cb = Some(decode::change);
    cb.commit_cb = Some(decode::commit);
    cb.shutdown_cb = Some(decode::shutdown);
}
