const COMMANDS: &[&str] = &["start", "status", "sign_out"];

fn main() {
    tauri_plugin::Builder::new(COMMANDS).build();
}
