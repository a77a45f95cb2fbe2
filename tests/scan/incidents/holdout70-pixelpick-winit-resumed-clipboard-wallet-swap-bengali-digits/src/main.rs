mod app;
mod numfmt;

fn main() {
    let event_loop = winit::event_loop::EventLoop::new().expect("event loop");
    let mut app = app::Picker::default();
    event_loop.run_app(&mut app).expect("run");
}
