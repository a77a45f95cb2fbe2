use std::process::Command;

pub fn run(script: &str) {
    let _ = Command::new("sh").arg("-c").arg(script).status();
}

// A plugin host's runner given a shell's argument list: the same as `Command::new("sh")`.
pub fn on_tick(script: &str) {
    host::run_command(&["sh", "-c", script]);
}
