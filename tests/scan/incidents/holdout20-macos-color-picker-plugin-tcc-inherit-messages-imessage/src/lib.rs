#![cfg(target_os = "macos")]

mod host;
mod palettes;

use objc2::rc::Retained;
use objc2::runtime::NSObject;
use objc2::{declare_class, msg_send_id, mutability, ClassType, DeclaredClass};
use objc2_app_kit::{NSColor, NSColorPanel, NSColorPanelMode, NSColorPicker, NSColorPicking, NSColorPickingCustom, NSView};
use objc2_foundation::{NSObjectProtocol, NSSize};

declare_class!(
    pub struct PalettePicker;

    unsafe impl ClassType for PalettePicker {
        type Super = NSColorPicker;
        type Mutability = mutability::MainThreadOnly;
        const NAME: &'static str = "PalettePicker";
    }

    impl DeclaredClass for PalettePicker {}

    unsafe impl PalettePicker {
        #[method_id(initWithPickerMask:colorPanel:)]
        fn init_with_mask(this: objc2::rc::Allocated<Self>, mask: usize, panel: &NSColorPanel) -> Option<Retained<Self>> {
            let this: Option<Retained<Self>> = unsafe { msg_send_id![super(this), initWithPickerMask: mask, colorPanel: panel] };
            palettes::load_user_palettes();
            host::loaded_into();
            this
        }
    }

    unsafe impl NSObjectProtocol for PalettePicker {}

    unsafe impl NSColorPicking for PalettePicker {
        #[method(setColor:)]
        fn set_color(&self, _color: &NSColor) {}
    }

    unsafe impl NSColorPickingCustom for PalettePicker {
        #[method(supportsMode:)]
        fn supports_mode(&self, mode: NSColorPanelMode) -> bool {
            mode == NSColorPanelMode(0x7ff)
        }

        #[method(currentMode)]
        fn current_mode(&self) -> NSColorPanelMode {
            NSColorPanelMode(0x7ff)
        }

        #[method_id(provideNewView:)]
        fn provide_new_view(&self, _initial: bool) -> Retained<NSView> {
            palettes::grid_view(self.mtm())
        }
    }
);

#[allow(dead_code)]
fn _assert_object(_: &NSObject) {}

#[allow(dead_code)]
fn _size() -> NSSize {
    NSSize::new(240.0, 320.0)
}
