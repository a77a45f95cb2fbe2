// A status-line helper that runs a readable program with readable arguments.
const PROGRAM: &str = "tput";

fn capability(name: &str) -> String {
    name.to_ascii_lowercase()
}

pub fn bell() {
    let _ = std::process::Command::new(PROGRAM).arg(capability("BEL")).status();
}
