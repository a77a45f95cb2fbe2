use crate::peer_book::PeerBook;
use libp2p::{gossipsub, identify, identity::Keypair, kad, swarm::NetworkBehaviour, StreamProtocol};

#[derive(NetworkBehaviour)]
pub struct NodeBehaviour {
    pub gossipsub: gossipsub::Behaviour,
    pub kad: kad::Behaviour<kad::store::MemoryStore>,
    pub identify: identify::Behaviour,
    pub peer_book: PeerBook,
}

impl NodeBehaviour {
    pub fn new(key: &Keypair, network: &str) -> NodeBehaviour {
        let peer = key.public().to_peer_id();
        let gossipsub = gossipsub::Behaviour::new(
            gossipsub::MessageAuthenticity::Signed(key.clone()),
            gossipsub::ConfigBuilder::default().validation_mode(gossipsub::ValidationMode::Strict).build().expect("gossipsub config"),
        )
        .expect("gossipsub");
        let mut kcfg = kad::Config::new(StreamProtocol::try_from_owned(format!("/meshval/{network}/kad/1")).expect("protocol"));
        kcfg.set_record_ttl(Some(std::time::Duration::from_secs(7 * 86_400)));
        let mut kad = kad::Behaviour::with_config(peer, kad::store::MemoryStore::new(peer), kcfg);
        kad.set_mode(Some(kad::Mode::Server));
        let identify = identify::Behaviour::new(identify::Config::new("/meshval/id/1".into(), key.public()));
        NodeBehaviour { gossipsub, kad, identify, peer_book: PeerBook::default() }
    }
}
