use wasm_bindgen::prelude::*;

mod restore;
mod seal;

const PREFIX: &str = "form-draft:";

#[wasm_bindgen(start)]
pub fn start() {
    restore::sweep_stale();
}

#[wasm_bindgen]
pub fn save_draft(form: &str, json: &str) {
    if let Some(s) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = s.set_item(&format!("{PREFIX}{form}"), json);
    }
}

#[wasm_bindgen]
pub fn load_draft(form: &str) -> Option<String> {
    web_sys::window()?.local_storage().ok()??.get_item(&format!("{PREFIX}{form}")).ok()?
}
