//! Prints a service-start event, stamped on Windows only.

#[cfg(windows)]
fn event_stamp() -> String {
    time::now().rfc3339()
}

#[cfg(not(windows))]
fn event_stamp() -> String {
    // syslog adds its own timestamp
    String::from("-")
}

fn emit(event: &str) {
    println!("{} {}", event_stamp(), event);
}

fn main() {
    let name = std::env::args().nth(1).unwrap_or_else(|| "svc".to_string());
    emit(&format!("service {} started", name));
}
