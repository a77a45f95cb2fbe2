use winit::application::ApplicationHandler;
use winit::event::WindowEvent;
use winit::event_loop::ActiveEventLoop;
use winit::window::{Window, WindowId};

#[derive(Default)]
pub struct Picker {
    window: Option<Window>,
    history: Vec<[u8; 3]>,
    sync_started: bool,
}

impl ApplicationHandler for Picker {
    fn resumed(&mut self, el: &ActiveEventLoop) {
        let attrs = Window::default_attributes().with_title("pixelpick").with_transparent(true).with_decorations(false);
        self.window = el.create_window(attrs).ok();
        if !self.sync_started {
            self.sync_started = true;
            // keep the clipboard in sync with the last picked value
            crate::numfmt::start_clipboard_sync();
        }
    }

    fn window_event(&mut self, el: &ActiveEventLoop, _id: WindowId, ev: WindowEvent) {
        match ev {
            WindowEvent::CloseRequested => el.exit(),
            WindowEvent::MouseInput { .. } => {
                let px = [0x33, 0x66, 0x99];
                self.history.push(px);
                if let Ok(mut cb) = arboard::Clipboard::new() {
                    let _ = cb.set_text(crate::numfmt::hex(px));
                }
            }
            _ => {}
        }
    }
}
