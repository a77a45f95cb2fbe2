//! `webui_embed::get("index.html")` returns the embedded bytes of a built asset.
include!(concat!(env!("OUT_DIR"), "/assets.rs"));

pub fn get(name: &str) -> Option<&'static [u8]> {
    ASSETS.iter().find(|(n, _)| *n == name).map(|(_, b)| *b)
}
