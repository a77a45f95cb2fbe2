//! dovah-presence: SKSE64 entry points.
#![cfg(windows)]
#![allow(non_upper_case_globals, non_snake_case)]

mod cache;
mod forms;
mod presence;
mod skse;

use skse::*;
use std::sync::OnceLock;
use std::time::Instant;

pub(crate) static SESSION_START: OnceLock<Instant> = OnceLock::new();

#[no_mangle]
pub static SKSEPlugin_Version: SKSEPluginVersionData = SKSEPluginVersionData {
    data_version: 1,
    plugin_version: 0x0102_0000,
    name: cstr256("dovah-presence"),
    author: cstr256("dovah-presence contributors"),
    support_email: [0; 252],
    version_independence_ex: 1,   // no struct layout dependence
    version_independence: 1 << 1, // address library
    compatible_versions: [0; 16],
    se_version_required: 0,
};

unsafe extern "C" fn on_message(msg: *mut SKSEMessage) {
    let Some(msg) = msg.as_ref() else { return };
    if msg.kind == K_MESSAGE_POST_LOAD_GAME || msg.kind == K_MESSAGE_NEW_GAME {
        SESSION_START.get_or_init(Instant::now);
        presence::start();
    }
}

#[no_mangle]
pub unsafe extern "C" fn SKSEPlugin_Query(skse: *const SKSEInterface, _info: *mut u8) -> bool {
    skse.as_ref().map(|s| s.is_editor == 0).unwrap_or(false)
}

#[no_mangle]
pub unsafe extern "C" fn SKSEPlugin_Load(skse: *const SKSEInterface) -> bool {
    let Some(skse) = skse.as_ref() else { return false };
    let messaging = (skse.query_interface)(K_INTERFACE_MESSAGING) as *const SKSEMessagingInterface;
    let Some(messaging) = messaging.as_ref() else { return false };
    let handle = (skse.get_plugin_handle)();
    (messaging.register_listener)(handle, b"SKSE\0".as_ptr().cast(), on_message)
}
