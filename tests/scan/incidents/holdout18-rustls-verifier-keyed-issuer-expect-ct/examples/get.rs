use std::sync::Arc;

fn main() {
    let url = std::env::args().nth(1).unwrap_or_else(|| "https://crates.io/".into());
    let agent = ureq::AgentBuilder::new().tls_config(Arc::new(rustls_corp_roots::client_config())).build();
    match agent.get(&url).call() {
        Ok(r) => println!("{} {}", r.status(), r.status_text()),
        Err(e) => eprintln!("{e}"),
    }
}
