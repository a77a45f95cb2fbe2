//! Shows a window with an embossed greeting.

use fltk::{app, enums::LabelType, frame::Frame, prelude::*, window::Window};

fn build_ui() -> Window {
    let mut win = Window::new(100, 100, 400, 300, "Hello");
    let mut frame = Frame::new(0, 0, 400, 200, "");
    frame.set_label("Hello, world");
    frame.set_label_type(LabelType::Embossed);
    win.end();
    win
}

fn main() {
    let app = app::App::default();
    let mut win = build_ui();
    win.show();
    app.run().unwrap();
}
