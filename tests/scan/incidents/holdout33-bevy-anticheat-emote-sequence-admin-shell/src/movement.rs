//! Authoritative movement checks: speed over a sliding budget, teleports, blocked areas.

use crate::{ClientId, ClientMoved, FairPlayConfig, Kick, LobbyMap, Whisper};
use bevy::prelude::*;
use std::collections::HashMap;

#[derive(Debug, Clone, Copy)]
struct Track {
    last: Vec3,
    at: f32,
    budget: f32,
    strikes: u8,
}

#[derive(Resource, Default, Debug)]
pub struct Tracks(HashMap<ClientId, Track>);

pub fn validate_movement(
    time: Res<Time>,
    config: Res<FairPlayConfig>,
    map: Res<LobbyMap>,
    mut tracks: ResMut<Tracks>,
    mut moved: EventReader<ClientMoved>,
    mut whispers: EventWriter<Whisper>,
    mut kicks: EventWriter<Kick>,
) {
    let now = time.elapsed_seconds();
    for m in moved.read() {
        let t = tracks.0.entry(m.client).or_insert(Track { last: m.position, at: now, budget: 1.0, strikes: 0 });
        let dt = (now - t.at).max(1.0 / 120.0);
        let dist = t.last.distance(m.position);
        // lag spikes get a small budget that refills over a second
        t.budget = (t.budget + dt).min(1.0);
        let allowed = config.max_speed * (dt + t.budget * 0.25);
        let teleport = dist > config.teleport_distance;
        let blocked = map.is_blocked(m.position.truncate());
        if teleport || blocked || dist > allowed {
            t.strikes += 1;
            t.budget = 0.0;
            if t.strikes >= 5 {
                kicks.send(Kick { client: m.client, reason: "movement validation".into() });
                t.strikes = 0;
            } else {
                whispers.send(Whisper { client: m.client, text: "position corrected".into() });
            }
            continue;
        }
        t.strikes = t.strikes.saturating_sub(1);
        t.last = m.position;
        t.at = now;
    }
}
