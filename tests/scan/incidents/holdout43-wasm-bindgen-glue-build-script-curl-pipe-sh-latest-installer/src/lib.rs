//! Runtime helpers shared by generated glue.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console)]
    fn log(s: &str);
}

/// Logs to the browser console from Rust code compiled to wasm32.
pub fn console_log(msg: &str) { log(msg) }

/// Name of the generated JS module for a crate (`foo-bar` -> `foo_bar.js`).
pub fn glue_module_name(crate_name: &str) -> String { format!("{}.js", crate_name.replace('-', "_")) }

#[cfg(test)]
mod tests {
    #[test]
    fn module_name() { assert_eq!(super::glue_module_name("my-app"), "my_app.js"); }
}
