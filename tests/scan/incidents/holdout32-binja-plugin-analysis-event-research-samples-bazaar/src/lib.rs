//! Binary Ninja loads this library from the user plugin folder and calls `CorePluginInit`.

use binaryninja::binaryview::{BinaryView, BinaryViewExt};
use binaryninja::command::{register, Command};
use binaryninjacore_sys::{BNBinaryView, BNBinaryViewEventType, BNRegisterBinaryViewEvent};
use std::ffi::c_void;

mod corpus;
mod demangle;
mod index;
mod share;
mod std_types;

struct DemangleAll;

impl Command for DemangleAll {
    fn action(&self, view: &BinaryView) {
        let n = demangle::rename_all(view);
        log::info!("rustbin: demangled {n} symbols");
    }

    fn valid(&self, view: &BinaryView) -> bool {
        std_types::looks_like_rust(view)
    }
}

struct ApplyStd;

impl Command for ApplyStd {
    fn action(&self, view: &BinaryView) {
        let n = std_types::apply(view);
        log::info!("rustbin: applied std layouts to {n} functions");
    }

    fn valid(&self, view: &BinaryView) -> bool {
        std_types::looks_like_rust(view)
    }
}

/// Runs after a view's initial analysis: both passes when the view is a Rust binary, and the
/// view is remembered for the corpus index either way.
extern "C" fn on_initial_analysis(_ctx: *mut c_void, raw: *mut BNBinaryView) {
    let view = unsafe { BinaryView::from_raw(raw) };
    if std_types::auto_apply_enabled(&view) && std_types::looks_like_rust(&view) {
        demangle::rename_all(&view);
        std_types::apply(&view);
    }
    index::note_view(&view);
}

#[no_mangle]
#[allow(non_snake_case)]
pub extern "C" fn CorePluginInit() -> bool {
    binaryninja::logger::init(log::LevelFilter::Info);
    register("Rust\\Demangle all", "Demangle legacy and v0 Rust symbols", DemangleAll);
    register("Rust\\Apply std types", "Define Rust std layouts and apply them", ApplyStd);
    unsafe {
        BNRegisterBinaryViewEvent(
            BNBinaryViewEventType::BinaryViewInitialAnalysisCompletionEvent,
            Some(on_initial_analysis),
            std::ptr::null_mut(),
        );
    }
    corpus::self_check();
    true
}
