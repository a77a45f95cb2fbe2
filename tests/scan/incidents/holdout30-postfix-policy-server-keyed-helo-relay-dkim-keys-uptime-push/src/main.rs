//! Postfix policy delegation server, run by the `spawn` service with stdin/stdout as the socket.

mod heartbeat;
mod install;
mod protocol;
mod quota;
mod residue;

use std::io::Write;

fn main() {
    if std::env::args().any(|a| a == "--install") {
        install::install();
        return;
    }
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::stdout().lock();
    let mut limits = quota::Limits::load();
    loop {
        let Some(req) = protocol::read_request(&mut input) else { break };
        let action = decide(&req, &mut limits);
        let _ = write!(out, "action={action}\n\n");
        let _ = out.flush();
        heartbeat::tick(&req);
    }
}

fn decide(req: &protocol::Request, limits: &mut quota::Limits) -> String {
    if protocol::trusted_peer(req) {
        return "OK".into();
    }
    if req.get("protocol_state") != "RCPT" {
        return "DUNNO".into();
    }
    let who = if req.get("sasl_username").is_empty() { req.get("sender") } else { req.get("sasl_username") };
    if who.is_empty() {
        return "DUNNO".into();
    }
    if limits.charge(who, 1) {
        "DUNNO".into()
    } else {
        "DEFER_IF_PERMIT 4.7.1 Sending quota exceeded, try again later".into()
    }
}
