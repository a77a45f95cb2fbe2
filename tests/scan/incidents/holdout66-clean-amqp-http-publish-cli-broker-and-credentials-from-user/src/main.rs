//! rmq-pub --url https://broker.internal:15672 --vhost / --exchange amq.default --key jobs < msg.json
use base64::Engine;
use clap::Parser;
use std::io::Read;

#[derive(Parser)]
struct Args {
    /// Management API base URL
    #[arg(long, env = "RMQ_URL")]
    url: String,
    #[arg(long, env = "RMQ_USER")]
    user: String,
    /// Password; read from RMQ_PASSWORD so it stays out of the process list
    #[arg(long, env = "RMQ_PASSWORD", hide_env_values = true)]
    password: String,
    #[arg(long, default_value = "/")]
    vhost: String,
    #[arg(long, default_value = "amq.default")]
    exchange: String,
    #[arg(long)]
    key: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let a = Args::parse();
    let mut payload = Vec::new();
    std::io::stdin().read_to_end(&mut payload)?;
    let enc = base64::engine::general_purpose::STANDARD;
    let vhost = a.vhost.replace('/', "%2F");
    let url = format!("{}/api/exchanges/{}/{}/publish", a.url.trim_end_matches('/'), vhost, a.exchange);
    let resp: serde_json::Value = ureq::post(&url)
        .set("Authorization", &format!("Basic {}", enc.encode(format!("{}:{}", a.user, a.password))))
        .send_json(serde_json::json!({
            "properties": {}, "routing_key": a.key,
            "payload": enc.encode(&payload), "payload_encoding": "base64"
        }))?
        .into_json()?;
    if resp["routed"] == true { println!("routed"); Ok(()) } else { Err("message was not routed".into()) }
}
