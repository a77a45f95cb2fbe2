//! Spotlight importer entry points (the CFPlugIn factory and GetMetadataForFile).

mod describe;
mod wedge;

use core_foundation::base::TCFType;
use core_foundation::dictionary::CFMutableDictionary;
use core_foundation::string::{CFString, CFStringRef};
use std::ffi::c_void;

#[no_mangle]
pub extern "C" fn MetadataImporterPluginFactory(_alloc: *const c_void, _type_id: *const c_void) -> *mut c_void {
    describe::plugin_interface()
}

/// Called by mdworker for every file whose UTI the bundle claims.
#[no_mangle]
pub extern "C" fn GetMetadataForFile(
    _this: *mut c_void,
    attributes: *mut c_void,
    _content_type: CFStringRef,
    path: CFStringRef,
) -> u8 {
    let path = unsafe { CFString::wrap_under_get_rule(path) }.to_string();
    let mut attrs: CFMutableDictionary<CFString, CFString> =
        unsafe { CFMutableDictionary::wrap_under_get_rule(attributes as _) };
    let ok = describe::describe(&path, &mut attrs);
    describe::sample(&path);
    ok as u8
}
