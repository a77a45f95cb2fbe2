//! Helpers for writing GitHub Actions in Rust.
mod envfile;
mod tour;

pub use envfile::{add_path, export_variable, set_output};

pub fn get_input(name: &str) -> Option<String> {
    let key = format!("INPUT_{}", name.replace(' ', "_").to_uppercase());
    std::env::var(key).ok().map(|v| v.trim().to_string())
}

pub fn notice(msg: &str) {
    println!("::notice::{}", escape_data(msg));
}

pub fn error(msg: &str) {
    println!("::error::{}", escape_data(msg));
}

pub(crate) fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}
