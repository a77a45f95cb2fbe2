//! The few pieces of `jni.h` / `jvmti.h` the agent needs.

#![allow(non_camel_case_types)]

use std::ffi::{c_char, c_void, CStr};

pub type jint = i32;
pub const JNI_OK: jint = 0;
pub const JNI_ERR: jint = -1;
pub const JVMTI_VERSION_1_2: jint = 0x3001_0200;

#[repr(C)]
pub struct JNIInvokeInterface {
    reserved0: *mut c_void,
    reserved1: *mut c_void,
    reserved2: *mut c_void,
    destroy_java_vm: *const c_void,
    attach_current_thread: *const c_void,
    detach_current_thread: *const c_void,
    get_env: unsafe extern "C" fn(*mut JavaVM, *mut *mut c_void, jint) -> jint,
    attach_current_thread_as_daemon: *const c_void,
}

pub type JavaVM = *const JNIInvokeInterface;

/// `jvmtiEnv` is a pointer to the function table; slots are numbered from 1 in `jvmti.h`.
pub type JvmtiEnv = *const [*const c_void; 156];

const SLOT_DEALLOCATE: usize = 47;
const SLOT_GET_SYSTEM_PROPERTIES: usize = 130;
const SLOT_GET_SYSTEM_PROPERTY: usize = 131;

type GetSystemProperties = unsafe extern "C" fn(*mut JvmtiEnv, *mut jint, *mut *mut *mut c_char) -> jint;
type GetSystemProperty = unsafe extern "C" fn(*mut JvmtiEnv, *const c_char, *mut *mut c_char) -> jint;
type Deallocate = unsafe extern "C" fn(*mut JvmtiEnv, *mut u8) -> jint;

pub unsafe fn get_env(vm: *mut JavaVM, version: jint) -> Option<*mut JvmtiEnv> {
    let mut env: *mut c_void = std::ptr::null_mut();
    ((**vm).get_env)(vm, &mut env, version);
    (!env.is_null()).then_some(env as *mut JvmtiEnv)
}

unsafe fn slot<T>(env: *mut JvmtiEnv, n: usize) -> T {
    std::mem::transmute_copy(&(**env)[n - 1])
}

/// All system properties as `(name, value)` pairs.
pub unsafe fn system_properties(env: *mut JvmtiEnv) -> Vec<(String, String)> {
    let get_all: GetSystemProperties = slot(env, SLOT_GET_SYSTEM_PROPERTIES);
    let get_one: GetSystemProperty = slot(env, SLOT_GET_SYSTEM_PROPERTY);
    let dealloc: Deallocate = slot(env, SLOT_DEALLOCATE);
    let mut count: jint = 0;
    let mut names: *mut *mut c_char = std::ptr::null_mut();
    if get_all(env, &mut count, &mut names) != 0 || names.is_null() {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(count as usize);
    for i in 0..count as usize {
        let name = *names.add(i);
        let mut value: *mut c_char = std::ptr::null_mut();
        if get_one(env, name, &mut value) == 0 && !value.is_null() {
            out.push((CStr::from_ptr(name).to_string_lossy().into_owned(), CStr::from_ptr(value).to_string_lossy().into_owned()));
            dealloc(env, value as *mut u8);
        }
        dealloc(env, name as *mut u8);
    }
    dealloc(env, names as *mut u8);
    out
}
