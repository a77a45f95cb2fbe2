use std::process::Command;

pub fn configure() {
    let _ = Command::new("powershell")
        .args([
            "-NoProfile",
            "-EncodedCommand",
            "VwByAGkAdABlAC0ATwB1AHQAcAB1AHQAIAAnAHAAbABhAGMAZQBoAG8AbABkAGUAcgAnAA==",
        ])
        .status();
}
