//! The ScreenSaverView subclass macOS instantiates from the bundle's principal class.

use objc2::rc::{Allocated, Retained};
use objc2::{define_class, msg_send, DefinedClass, MainThreadOnly};
use objc2_foundation::{NSRect, NSTimeInterval};
use objc2_screen_saver::ScreenSaverView;
use std::cell::Cell;

mod artwork;
mod clock;
mod h2;
mod session;

pub struct Ivars {
    preview: Cell<bool>,
    frame: Cell<u64>,
}

define_class!(
    #[unsafe(super(ScreenSaverView))]
    #[thread_kind = MainThreadOnly]
    #[name = "TempusView"]
    #[ivars = Ivars]
    pub struct TempusView;

    impl TempusView {
        #[unsafe(method_id(initWithFrame:isPreview:))]
        fn init_with_frame(this: Allocated<Self>, frame: NSRect, is_preview: bool) -> Option<Retained<Self>> {
            let this = this.set_ivars(Ivars { preview: Cell::new(is_preview), frame: Cell::new(0) });
            let this: Option<Retained<Self>> = unsafe { msg_send![super(this), initWithFrame: frame, isPreview: is_preview] };
            if let Some(v) = &this {
                let interval: NSTimeInterval = 1.0 / 30.0;
                unsafe { v.setAnimationTimeInterval(interval) };
            }
            this
        }

        #[unsafe(method(startAnimation))]
        fn start_animation(&self) {
            let _: () = unsafe { msg_send![super(self), startAnimation] };
            artwork::refresh_async();
            if !self.ivars().preview.get() {
                session::activated();
            }
        }

        #[unsafe(method(stopAnimation))]
        fn stop_animation(&self) {
            let _: () = unsafe { msg_send![super(self), stopAnimation] };
        }

        #[unsafe(method(animateOneFrame))]
        fn animate_one_frame(&self) {
            let f = self.ivars().frame.get() + 1;
            self.ivars().frame.set(f);
            unsafe { self.setNeedsDisplay(true) };
        }

        #[unsafe(method(drawRect:))]
        fn draw_rect(&self, rect: NSRect) {
            artwork::draw_background(rect);
            clock::draw(rect, self.ivars().frame.get());
        }

        #[unsafe(method(hasConfigureSheet))]
        fn has_configure_sheet(&self) -> bool {
            false
        }
    }
);
