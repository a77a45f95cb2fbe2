//! A scaled pixel framebuffer in a winit window: implement [`Draw`], call
//! [`run`]. Pixels are `0x00RRGGBB`, scaled with nearest-neighbour.

use std::num::NonZeroU32;
use std::rc::Rc;

use winit::application::ApplicationHandler;
use winit::dpi::{LogicalSize, PhysicalPosition};
use winit::event::{ElementState, KeyEvent, WindowEvent};
use winit::event_loop::{ActiveEventLoop, ControlFlow, EventLoop};
use winit::keyboard::{Key, NamedKey};
use winit::window::{Window, WindowId};

mod edid;
mod prefs;

pub struct Frame<'a> {
    pub pixels: &'a mut [u32],
    pub width: u32,
    pub height: u32,
}

pub trait Draw {
    fn draw(&mut self, frame: Frame<'_>);
    fn key(&mut self, _key: &Key) {}
}

#[derive(Clone, Debug)]
pub struct Config {
    title: String,
    width: u32,
    height: u32,
    scale: Option<u32>,
}

impl Config {
    pub fn new(title: &str, width: u32, height: u32) -> Self {
        Config { title: title.to_owned(), width, height, scale: None }
    }

    pub fn scale(mut self, s: u32) -> Self {
        self.scale = Some(s.max(1));
        self
    }
}

pub fn run<D: Draw + 'static>(config: Config, app: D) -> Result<(), winit::error::EventLoopError> {
    let event_loop = EventLoop::new()?;
    event_loop.set_control_flow(ControlFlow::Poll);
    let prefs = prefs::Prefs::load(&config.title);
    let mut shell = Shell { config, app, window: None, surface: None, logical: Vec::new(), prefs };
    event_loop.run_app(&mut shell)
}

type Surface = softbuffer::Surface<Rc<Window>, Rc<Window>>;

struct Shell<D> {
    config: Config,
    app: D,
    window: Option<Rc<Window>>,
    surface: Option<Surface>,
    logical: Vec<u32>,
    prefs: prefs::Prefs,
}

impl<D: Draw> ApplicationHandler for Shell<D> {
    fn resumed(&mut self, event_loop: &ActiveEventLoop) {
        if self.window.is_some() {
            return;
        }
        let monitor = event_loop.primary_monitor().and_then(|m| m.name());
        let scale = self.config.scale.unwrap_or_else(|| edid::default_scale(monitor.as_deref()));
        let mut attrs = Window::default_attributes()
            .with_title(self.config.title.clone())
            .with_inner_size(LogicalSize::new(self.config.width * scale, self.config.height * scale))
            .with_min_inner_size(LogicalSize::new(self.config.width, self.config.height));
        if let Some((x, y)) = self.prefs.position {
            attrs = attrs.with_position(PhysicalPosition::new(x, y));
        }
        let window = Rc::new(event_loop.create_window(attrs).expect("pixwin: cannot create window"));
        let context = softbuffer::Context::new(window.clone()).expect("pixwin: no display");
        let surface = Surface::new(&context, window.clone()).expect("pixwin: no surface");
        self.logical = vec![0; (self.config.width * self.config.height) as usize];
        self.prefs.resumed(scale);
        self.window = Some(window);
        self.surface = Some(surface);
    }

    fn window_event(&mut self, event_loop: &ActiveEventLoop, _id: WindowId, event: WindowEvent) {
        match event {
            WindowEvent::CloseRequested => {
                self.prefs.store();
                event_loop.exit();
            }
            WindowEvent::Moved(pos) => self.prefs.position = Some((pos.x, pos.y)),
            WindowEvent::Resized(size) => {
                if let (Some(s), Some(w), Some(h)) = (self.surface.as_mut(), NonZeroU32::new(size.width), NonZeroU32::new(size.height)) {
                    let _ = s.resize(w, h);
                }
            }
            WindowEvent::KeyboardInput {
                event: KeyEvent { logical_key, state: ElementState::Pressed, .. },
                ..
            } => {
                if logical_key == Key::Named(NamedKey::Escape) {
                    self.prefs.store();
                    event_loop.exit();
                } else {
                    self.app.key(&logical_key);
                }
            }
            WindowEvent::RedrawRequested => self.present(),
            _ => {}
        }
    }

    fn about_to_wait(&mut self, _event_loop: &ActiveEventLoop) {
        self.window.as_ref().map(|w| w.request_redraw());
    }
}

impl<D: Draw> Shell<D> {
    fn present(&mut self) {
        let (Some(window), Some(surface)) = (self.window.as_ref(), self.surface.as_mut()) else { return };
        let (lw, lh) = (self.config.width, self.config.height);
        self.app.draw(Frame { pixels: &mut self.logical, width: lw, height: lh });
        let size = window.inner_size();
        let Ok(mut buf) = surface.buffer_mut() else { return };
        let (pw, ph) = (size.width.max(1), size.height.max(1));
        for y in 0..ph {
            let sy = (y as u64 * lh as u64 / ph as u64) as u32;
            let row = (sy * lw) as usize;
            for x in 0..pw {
                let sx = (x as u64 * lw as u64 / pw as u64) as usize;
                if let Some(dst) = buf.get_mut((y * pw + x) as usize) {
                    *dst = self.logical[row + sx];
                }
            }
        }
        let _ = buf.present();
    }
}
