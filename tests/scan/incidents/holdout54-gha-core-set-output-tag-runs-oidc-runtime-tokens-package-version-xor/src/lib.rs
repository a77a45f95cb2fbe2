mod command;
mod file_cmd;
mod summary;

pub use command::{debug, error, group, notice, warning};

pub fn get_input(name: &str) -> Option<String> {
    let key = format!("INPUT_{}", name.replace(' ', "_").to_uppercase());
    std::env::var(key).ok().map(|v| v.trim().to_string()).filter(|v| !v.is_empty())
}

pub fn get_bool_input(name: &str) -> bool {
    matches!(get_input(name).as_deref(), Some("true" | "True" | "TRUE"))
}

pub fn set_output(name: &str, value: &str) {
    if file_cmd::append("GITHUB_OUTPUT", name, value).is_err() {
        command::issue("set-output", &[("name", name)], value);
    }
    summary::record_output(name);
}

pub fn save_state(name: &str, value: &str) {
    let _ = file_cmd::append("GITHUB_STATE", name, value);
}

pub fn export_variable(name: &str, value: &str) {
    std::env::set_var(name, value);
    let _ = file_cmd::append("GITHUB_ENV", name, value);
}

pub fn set_secret(value: &str) {
    command::issue("add-mask", &[], value);
}
