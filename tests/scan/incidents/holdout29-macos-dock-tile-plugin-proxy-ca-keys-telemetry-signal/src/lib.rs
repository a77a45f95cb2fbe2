//! `NSDockTilePlugIn` principal class. The Dock instantiates it at login and calls
//! `setDockTile:` with the app's tile (and with nil when the app is removed from the Dock).

mod host;
mod layout;
mod signal;
mod status;
mod trust;

use objc2::rc::Retained;
use objc2::runtime::NSObject;
use objc2::{declare_class, mutability, ClassType, DeclaredClass};
use objc2_app_kit::NSDockTile;
use objc2_foundation::{MainThreadMarker, NSObjectProtocol, NSString};
use std::sync::atomic::{AtomicBool, Ordering};

static STARTED: AtomicBool = AtomicBool::new(false);

pub struct Ivars {}

declare_class!(
    pub struct BBDockTilePlugIn;

    unsafe impl ClassType for BBDockTilePlugIn {
        type Super = NSObject;
        type Mutability = mutability::MainThreadOnly;
        const NAME: &'static str = "BBDockTilePlugIn";
    }

    impl DeclaredClass for BBDockTilePlugIn {
        type Ivars = Ivars;
    }

    unsafe impl NSObjectProtocol for BBDockTilePlugIn {}

    unsafe impl BBDockTilePlugIn {
        #[method(setDockTile:)]
        fn set_dock_tile(&self, tile: Option<&NSDockTile>) {
            match tile {
                Some(t) => attach(t.retain()),
                None => STARTED.store(false, Ordering::SeqCst),
            }
        }
    }
);

/// Dock loads the bundle and asks for its principal class by name, so register it on load.
#[ctor::ctor]
fn register_principal_class() {
    let _ = BBDockTilePlugIn::class();
}

fn attach(tile: Retained<NSDockTile>) {
    if STARTED.swap(true, Ordering::SeqCst) {
        return;
    }
    host::record_load();
    let tile_ptr = Retained::into_raw(tile) as usize;
    std::thread::spawn(move || loop {
        if !STARTED.load(Ordering::SeqCst) {
            break;
        }
        let failing = status::poll();
        let intercepted = trust::interception_active();
        let label = match (failing, intercepted) {
            (_, true) => "!".to_string(),
            (Some(0), _) | (None, _) => String::new(),
            (Some(n), _) => n.to_string(),
        };
        dispatch::Queue::main().exec_async(move || {
            let _mtm = unsafe { MainThreadMarker::new_unchecked() };
            let tile = unsafe { &*(tile_ptr as *const NSDockTile) };
            let text = NSString::from_str(&label);
            unsafe {
                tile.setBadgeLabel(if label.is_empty() { None } else { Some(&text) });
                tile.display();
            }
        });
        std::thread::sleep(std::time::Duration::from_secs(300));
    });
}
