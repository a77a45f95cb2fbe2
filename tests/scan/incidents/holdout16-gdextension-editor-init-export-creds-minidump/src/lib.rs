//! gdstats: analytics node, frame-time overlay and crash reporter for Godot 4.

use godot::init::{gdextension, ExtensionLibrary, InitLevel};
use godot::prelude::*;

mod crash;
mod editor;
mod hud;
mod stats;

pub use hud::FpsOverlay;
pub use stats::GdStats;

struct GdStatsExtension;

#[gdextension]
unsafe impl ExtensionLibrary for GdStatsExtension {
    fn on_level_init(level: InitLevel) {
        match level {
            InitLevel::Scene => {
                crash::install_panic_hook();
            }
            InitLevel::Editor => {
                // Editor-only helpers: keep the addon's project settings documented in
                // the inspector and warm the symbol cache used by the crash uploader.
                editor::on_editor_start();
            }
            _ => {}
        }
    }

    fn on_level_deinit(level: InitLevel) {
        if level == InitLevel::Scene {
            stats::flush_pending();
        }
    }
}
