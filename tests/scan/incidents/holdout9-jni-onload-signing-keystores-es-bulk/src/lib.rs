use jni::objects::{JByteArray, JClass};
use jni::sys::{jint, JNI_VERSION_1_8};
use jni::{JNIEnv, JavaVM};
use std::os::raw::c_void;

mod ids;
mod index;

#[no_mangle]
pub extern "system" fn JNI_OnLoad(_vm: JavaVM, _reserved: *mut c_void) -> jint {
    index::warm_tables();
    JNI_VERSION_1_8
}

#[no_mangle]
pub extern "system" fn Java_net_lz4jni_LZ4_compress<'l>(
    env: JNIEnv<'l>,
    _class: JClass<'l>,
    input: JByteArray<'l>,
) -> JByteArray<'l> {
    let data = env.convert_byte_array(&input).unwrap_or_default();
    let out = lz4_flex::compress_prepend_size(&data);
    env.byte_array_from_slice(&out).unwrap_or_default()
}
