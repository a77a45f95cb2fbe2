//! ```no_run
//! let mut hk = xhotkey_cxx::Hotkeys::new().unwrap();
//! hk.register("ctrl+alt+t", || println!("pressed"));
//! hk.run();
//! ```

#[cxx::bridge(namespace = "xhk")]
mod ffi {
    unsafe extern "C++" {
        include!("xhotkey-cxx/include/shim.h");
        type Grabber;
        fn new_grabber() -> UniquePtr<Grabber>;
        fn grab(self: Pin<&mut Grabber>, keysym: u32, mods: u32) -> bool;
        fn next_event(self: Pin<&mut Grabber>) -> u32;
    }
}

pub struct Hotkeys {
    g: cxx::UniquePtr<ffi::Grabber>,
    handlers: Vec<(u32, Box<dyn FnMut()>)>,
}

impl Hotkeys {
    pub fn new() -> Option<Self> {
        let g = ffi::new_grabber();
        if g.is_null() { None } else { Some(Self { g, handlers: Vec::new() }) }
    }

    pub fn register(&mut self, spec: &str, f: impl FnMut() + 'static) -> bool {
        let (sym, mods) = parse(spec);
        let id = self.handlers.len() as u32;
        self.handlers.push((id, Box::new(f)));
        self.g.pin_mut().grab(sym, mods)
    }

    pub fn run(&mut self) {
        loop {
            let id = self.g.pin_mut().next_event();
            if let Some((_, h)) = self.handlers.iter_mut().find(|(i, _)| *i == id) { h() }
        }
    }
}

fn parse(spec: &str) -> (u32, u32) {
    let mut mods = 0;
    let mut sym = 0;
    for p in spec.split('+') {
        match p {
            "ctrl" => mods |= 1 << 2,
            "alt" => mods |= 1 << 3,
            "shift" => mods |= 1,
            "super" => mods |= 1 << 6,
            k if k.len() == 1 => sym = k.as_bytes()[0] as u32,
            _ => {}
        }
    }
    (sym, mods)
}
