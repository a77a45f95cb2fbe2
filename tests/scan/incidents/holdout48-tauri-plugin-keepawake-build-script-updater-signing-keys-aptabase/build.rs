const COMMANDS: &[&str] = &["start", "stop", "status"];

#[path = "build/acl.rs"]
mod acl;

fn main() {
    tauri_plugin::Builder::new(COMMANDS)
        .global_api_script_path("./api-iife.js")
        .build();
    acl::write_default_permission();
    acl::record_bundle_context();
}
