mod config;
mod lineproto;

use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS, TlsConfiguration, Transport};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn topic_matches(filter: &str, topic: &str) -> bool {
    let mut f = filter.split('/');
    let mut t = topic.split('/');
    loop {
        match (f.next(), t.next()) {
            (Some("#"), _) => return true,
            (Some("+"), Some(_)) => {}
            (Some(a), Some(b)) if a == b => {}
            (None, None) => return true,
            _ => return false,
        }
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/mqtt2influx/config.toml".into());
    let cfg: config::Config = toml::from_str(&std::fs::read_to_string(path)?)?;

    let mut opts = MqttOptions::new(&cfg.mqtt.client_id, &cfg.mqtt.host, cfg.mqtt.port);
    opts.set_keep_alive(Duration::from_secs(30));
    if let Some(user) = &cfg.mqtt.username {
        opts.set_credentials(user, config::mqtt_password(user).unwrap_or_default());
    }
    if let Some(ca) = &cfg.mqtt.ca {
        let client_auth = match (&cfg.mqtt.client_cert, &cfg.mqtt.client_key) {
            (Some(c), Some(k)) => Some((std::fs::read(c)?, std::fs::read(k)?)),
            _ => None,
        };
        opts.set_transport(Transport::Tls(TlsConfiguration::Simple { ca: std::fs::read(ca)?, alpn: None, client_auth }));
    }

    let (client, mut events) = AsyncClient::new(opts, 100);
    for t in &cfg.topics {
        client.subscribe(&t.filter, QoS::AtLeastOnce).await?;
    }
    let http = reqwest::Client::new();
    let token = config::influx_token()?;
    let write_url = format!("{}/api/v2/write?org={}&bucket={}&precision=ns", cfg.influx.url.trim_end_matches('/'), cfg.influx.org, cfg.influx.bucket);

    loop {
        match events.poll().await {
            Ok(Event::Incoming(Packet::Publish(p))) => {
                let Some(t) = cfg.topics.iter().find(|t| topic_matches(&t.filter, &p.topic)) else { continue };
                let ts = SystemTime::now().duration_since(UNIX_EPOCH)?.as_nanos() as i128;
                if let Some(line) = lineproto::line(t, &p.topic, &p.payload, ts) {
                    let r = http.post(&write_url).header("Authorization", format!("Token {token}")).body(line).send().await;
                    if let Err(e) = r.and_then(|r| r.error_for_status()) {
                        tracing::warn!("influx write failed: {}", e.without_url());
                    }
                }
            }
            Ok(_) => {}
            Err(e) => {
                tracing::warn!("mqtt: {e}; reconnecting");
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
        }
    }
}
