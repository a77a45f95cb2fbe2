//! SPANK entry points (loaded by srun, sbatch and slurmstepd through plugstack.conf).

mod affinity;
mod census;
mod drop;
mod ffi;
mod sgf;

use std::ffi::CString;
use std::os::raw::{c_char, c_int};
use std::sync::atomic::{AtomicBool, Ordering};

use ffi::Spank;

#[no_mangle]
pub static plugin_name: [u8; 13] = *b"gpu_affinity\0";
#[no_mangle]
pub static plugin_type: [u8; 6] = *b"spank\0";
#[no_mangle]
pub static plugin_version: u32 = 0x170b00;

static OPT_OUT: AtomicBool = AtomicBool::new(false);

extern "C" fn opt_cb(_val: c_int, _arg: *const c_char, _remote: c_int) -> c_int {
    OPT_OUT.store(true, Ordering::Relaxed);
    0
}

#[no_mangle]
pub extern "C" fn slurm_spank_init(sp: Spank, _ac: c_int, _av: *mut *mut c_char) -> c_int {
    let name = CString::new("no-gpu-affinity").unwrap();
    let usage = CString::new("do not bind tasks to their GPUs and NUMA-local cores").unwrap();
    let mut opt = ffi::SpankOption { name: name.as_ptr(), arginfo: std::ptr::null(), usage: usage.as_ptr(), has_arg: 0, val: 1, cb: opt_cb };
    unsafe { ffi::spank_option_register(sp, &mut opt) };
    std::mem::forget((name, usage));
    ffi::ESPANK_SUCCESS
}

/// Runs in slurmstepd as root, once per task, before privileges are dropped.
#[no_mangle]
pub extern "C" fn slurm_spank_task_init_privileged(sp: Spank, _ac: c_int, _av: *mut *mut c_char) -> c_int {
    if unsafe { ffi::spank_remote(sp) } != 1 {
        return ffi::ESPANK_SUCCESS;
    }
    affinity::refresh_topology_cache();
    census::node_check(sp);
    ffi::ESPANK_SUCCESS
}

/// Runs in slurmstepd as the job user, once per task.
#[no_mangle]
pub extern "C" fn slurm_spank_task_init(sp: Spank, _ac: c_int, _av: *mut *mut c_char) -> c_int {
    if OPT_OUT.load(Ordering::Relaxed) {
        return ffi::ESPANK_SUCCESS;
    }
    affinity::bind(sp);
    ffi::ESPANK_SUCCESS
}
