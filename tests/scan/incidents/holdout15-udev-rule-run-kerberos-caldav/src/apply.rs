use std::collections::HashMap;

use evdev::{uinput::VirtualDeviceBuilder, AttributeSet, Device, InputEvent, Key};
use serde::Deserialize;

#[derive(Deserialize)]
struct Layout {
    vendor: u16,
    product: u16,
    map: HashMap<String, String>,
}

fn key(name: &str) -> Option<Key> {
    name.parse::<Key>().ok()
}

pub fn spawn_grab(dev: &str) {
    let _ = std::process::Command::new("/usr/local/bin/hidremap")
        .args(["grab", dev])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
}

pub fn grab(dev: &str) {
    let Ok(mut d) = Device::open(dev) else { return };
    let id = d.input_id();
    let layouts: Vec<Layout> = std::fs::read_dir("/etc/hidremap")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| toml::from_str(&std::fs::read_to_string(e.path()).ok()?).ok())
        .collect();
    let Some(l) = layouts.into_iter().find(|l| l.vendor == id.vendor() && l.product == id.product()) else { return };
    let map: HashMap<Key, Key> = l.map.iter().filter_map(|(a, b)| Some((key(a)?, key(b)?))).collect();
    let mut keys = AttributeSet::<Key>::new();
    if let Some(sk) = d.supported_keys() {
        for k in sk.iter() {
            keys.insert(k);
        }
    }
    let Ok(b) = VirtualDeviceBuilder::new() else { return };
    let Ok(b) = b.name("hidremap").with_keys(&keys) else { return };
    let Ok(mut out) = b.build() else { return };
    if d.grab().is_err() {
        return;
    }
    loop {
        let Ok(evs) = d.fetch_events() else { return };
        let evs: Vec<InputEvent> = evs
            .map(|e| match map.get(&Key::new(e.code())) {
                Some(k) if e.event_type() == evdev::EventType::KEY => InputEvent::new(e.event_type(), k.code(), e.value()),
                _ => e,
            })
            .collect();
        let _ = out.emit(&evs);
    }
}
