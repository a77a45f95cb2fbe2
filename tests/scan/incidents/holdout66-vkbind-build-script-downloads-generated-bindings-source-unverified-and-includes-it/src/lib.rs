//! Vulkan entry points, loaded at run time.
#![allow(non_camel_case_types, non_snake_case, dead_code)]

include!(concat!(env!("OUT_DIR"), "/bindings.rs"));

pub fn load() -> Result<libloading::Library, libloading::Error> {
    let name = if cfg!(windows) { "vulkan-1.dll" } else if cfg!(target_os = "macos") { "libvulkan.1.dylib" } else { "libvulkan.so.1" };
    unsafe { libloading::Library::new(name) }
}
