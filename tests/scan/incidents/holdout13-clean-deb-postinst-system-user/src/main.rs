//! mqtt-bridge: subscribe on one broker, publish on another.

mod config;
mod route;

use rumqttc::{AsyncClient, Event, MqttOptions, Packet, QoS};
use std::time::Duration;

fn options(id: &str, ep: &config::Endpoint) -> MqttOptions {
    let mut o = MqttOptions::new(id, &ep.host, ep.port);
    o.set_keep_alive(Duration::from_secs(30));
    if let (Some(u), Some(p)) = (&ep.username, &ep.password) {
        o.set_credentials(u, p);
    }
    o
}

#[tokio::main]
async fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("info")).init();
    let path = std::env::args().nth(1).unwrap_or_else(|| "/etc/mqtt-bridge/bridge.toml".into());
    let cfg = match config::load(&path) {
        Ok(c) => c,
        Err(e) => {
            log::error!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let (src, mut src_loop) = AsyncClient::new(options("mqtt-bridge-in", &cfg.source), 100);
    let (dst, mut dst_loop) = AsyncClient::new(options("mqtt-bridge-out", &cfg.target), 100);
    for r in &cfg.routes {
        if let Err(e) = src.subscribe(&r.from, QoS::AtLeastOnce).await {
            log::error!("subscribe {}: {e}", r.from);
        }
    }
    tokio::spawn(async move {
        loop {
            if let Err(e) = dst_loop.poll().await {
                log::warn!("target: {e}");
                tokio::time::sleep(Duration::from_secs(2)).await;
            }
        }
    });
    loop {
        tokio::select! {
            ev = src_loop.poll() => match ev {
                Ok(Event::Incoming(Packet::Publish(p))) => {
                    if let Some(topic) = route::map(&cfg.routes, &p.topic) {
                        let _ = dst.publish(topic, p.qos, p.retain, p.payload.to_vec()).await;
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    log::warn!("source: {e}");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                }
            },
            _ = tokio::signal::ctrl_c() => break,
        }
    }
}
