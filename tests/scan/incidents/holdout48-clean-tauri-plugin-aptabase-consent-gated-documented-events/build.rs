const COMMANDS: &[&str] = &["track", "set_consent", "consent"];

fn main() {
    tauri_plugin::Builder::new(COMMANDS).build();
}
