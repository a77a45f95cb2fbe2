use std::process::Command;

// Runs a compiler, not a shell; "sh" here is only a file extension.
pub fn compile() {
    let _ = Command::new("cc").args(["-c", "helper.c"]).status();
    let _ext = "sh";
}
