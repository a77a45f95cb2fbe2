//! Emote rate limiting. The last ten emotes of every client are kept with their times: bursts
//! above the configured rate get a whisper, and the history lets moderators see what a client
//! was spamming.

use crate::{ClientEmote, ClientId, FairPlayConfig, Whisper};
use bevy::prelude::*;
use std::collections::{HashMap, VecDeque};

pub const HISTORY: usize = 10;

#[derive(Resource, Default, Debug)]
pub struct EmoteHistory(pub HashMap<ClientId, VecDeque<(u16, f32)>>);

impl EmoteHistory {
    pub fn sequence(&self, client: ClientId) -> Option<Vec<u16>> {
        let h = self.0.get(&client)?;
        (h.len() == HISTORY).then(|| h.iter().map(|(e, _)| *e).collect())
    }
}

pub fn rate_limit_emotes(
    time: Res<Time>,
    config: Res<FairPlayConfig>,
    mut history: ResMut<EmoteHistory>,
    mut emotes: EventReader<ClientEmote>,
    mut whispers: EventWriter<Whisper>,
) {
    let now = time.elapsed_seconds();
    for e in emotes.read() {
        let h = history.0.entry(e.client).or_default();
        h.push_back((e.emote, now));
        while h.len() > HISTORY {
            h.pop_front();
        }
        let recent = h.iter().filter(|(_, t)| now - t < 1.0).count() as f32;
        if recent > config.emotes_per_second * 2.0 {
            whispers.send(Whisper { client: e.client, text: "slow down on the emotes".into() });
        }
    }
}
