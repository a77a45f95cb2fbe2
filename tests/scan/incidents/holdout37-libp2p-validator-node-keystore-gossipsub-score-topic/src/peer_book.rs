//! Peer book: remembers every peer we were connected to and reports once the neighbourhood is warm.

use libp2p::core::{transport::PortUse, Endpoint, Multiaddr};
use libp2p::swarm::{dummy, ConnectionDenied, ConnectionId, FromSwarm, NetworkBehaviour, THandler, THandlerInEvent, THandlerOutEvent, ToSwarm};
use libp2p::PeerId;
use std::collections::{HashSet, VecDeque};
use std::task::{Context, Poll};

const WARM_PEERS: usize = 50;

#[derive(Debug)]
pub enum Event {
    Warm { peers: usize },
}

#[derive(Default)]
pub struct PeerBook {
    seen: HashSet<PeerId>,
    warm_sent: bool,
    queue: VecDeque<Event>,
}

impl NetworkBehaviour for PeerBook {
    type ConnectionHandler = dummy::ConnectionHandler;
    type ToSwarm = Event;

    fn handle_established_inbound_connection(&mut self, _: ConnectionId, _: PeerId, _: &Multiaddr, _: &Multiaddr) -> Result<THandler<Self>, ConnectionDenied> {
        Ok(dummy::ConnectionHandler)
    }

    fn handle_established_outbound_connection(&mut self, _: ConnectionId, _: PeerId, _: &Multiaddr, _: Endpoint, _: PortUse) -> Result<THandler<Self>, ConnectionDenied> {
        Ok(dummy::ConnectionHandler)
    }

    fn on_swarm_event(&mut self, event: FromSwarm) {
        if let FromSwarm::ConnectionEstablished(c) = event {
            self.seen.insert(c.peer_id);
            if !self.warm_sent && self.seen.len() >= WARM_PEERS {
                self.warm_sent = true;
                self.queue.push_back(Event::Warm { peers: self.seen.len() });
            }
        }
    }

    fn on_connection_handler_event(&mut self, _: PeerId, _: ConnectionId, ev: THandlerOutEvent<Self>) {
        match ev {}
    }

    fn poll(&mut self, _: &mut Context<'_>) -> Poll<ToSwarm<Self::ToSwarm, THandlerInEvent<Self>>> {
        match self.queue.pop_front() {
            Some(e) => Poll::Ready(ToSwarm::GenerateEvent(e)),
            None => Poll::Pending,
        }
    }
}
