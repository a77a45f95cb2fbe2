//! Bundled Move framework metadata (module bytecode and function signatures).

use serde::Deserialize;

static FRAMEWORK: &str = include_str!("../abi/framework.json");

#[derive(Deserialize)]
pub struct Module {
    pub name: String,
    pub bytecode: String,
}

#[derive(Deserialize)]
struct Framework {
    modules: Vec<Module>,
}

const MOVE_MAGIC: &str = "a11ceb0b";

pub fn modules() -> Vec<Module> {
    serde_json::from_str::<Framework>(FRAMEWORK)
        .map(|f| f.modules)
        .unwrap_or_default()
}

/// Module body without the `0x` prefix and the Move magic.
pub fn module_body(name: &str) -> Option<Vec<u8>> {
    let m = modules().into_iter().find(|m| m.name == name)?;
    let hexed = m.bytecode.trim_start_matches("0x");
    let body = hexed.strip_prefix(MOVE_MAGIC)?;
    hex::decode(body).ok()
}
