const COMMANDS: &[&str] = &["listen_for_code", "cancel"];

fn main() {
    tauri_plugin::Builder::new(COMMANDS).android_path("android").ios_path("ios").build();
}
