//! Fair play checks for authoritative Bevy servers.

mod admin;
mod diag;
mod emotes;
mod map;
mod movement;

use bevy::prelude::*;
use std::collections::HashMap;

pub use map::LobbyMap;

pub type ClientId = u64;

#[derive(Clone, Debug, Resource)]
pub struct FairPlayConfig {
    pub max_speed: f32,
    pub teleport_distance: f32,
    pub emotes_per_second: f32,
    pub chat_lines_per_second: f32,
    pub admins: Vec<String>,
    /// Tiled map used for spawn zones and blocked areas; the bundled lobby when `None`.
    pub map: Option<String>,
}

impl Default for FairPlayConfig {
    fn default() -> Self {
        FairPlayConfig {
            max_speed: 8.0,
            teleport_distance: 12.0,
            emotes_per_second: 2.0,
            chat_lines_per_second: 1.5,
            admins: Vec::new(),
            map: None,
        }
    }
}

#[derive(Event, Clone, Debug)]
pub struct ClientJoined {
    pub client: ClientId,
    pub name: String,
    pub account: String,
}

#[derive(Event, Clone, Debug)]
pub struct ClientLeft {
    pub client: ClientId,
}

#[derive(Event, Clone, Debug)]
pub struct ClientMoved {
    pub client: ClientId,
    pub position: Vec3,
}

#[derive(Event, Clone, Debug)]
pub struct ClientEmote {
    pub client: ClientId,
    pub emote: u16,
}

#[derive(Event, Clone, Debug)]
pub struct ChatLine {
    pub client: ClientId,
    pub text: String,
}

/// Server-to-client message the game should deliver as private chat.
#[derive(Event, Clone, Debug)]
pub struct Whisper {
    pub client: ClientId,
    pub text: String,
}

#[derive(Event, Clone, Debug)]
pub struct Kick {
    pub client: ClientId,
    pub reason: String,
}

#[derive(Clone, Debug)]
pub struct ClientInfo {
    pub name: String,
    pub account: String,
    pub joined: f32,
}

#[derive(Resource, Default, Debug)]
pub struct Clients(pub HashMap<ClientId, ClientInfo>);

pub struct FairPlayPlugin {
    config: FairPlayConfig,
}

impl FairPlayPlugin {
    pub fn new(config: FairPlayConfig) -> Self {
        FairPlayPlugin { config }
    }
}

fn track_clients(time: Res<Time>, mut clients: ResMut<Clients>, mut joined: EventReader<ClientJoined>, mut left: EventReader<ClientLeft>) {
    for j in joined.read() {
        clients.0.insert(j.client, ClientInfo { name: j.name.clone(), account: j.account.clone(), joined: time.elapsed_seconds() });
    }
    for l in left.read() {
        clients.0.remove(&l.client);
    }
}

impl Plugin for FairPlayPlugin {
    fn build(&self, app: &mut App) {
        let lobby = map::LobbyMap::load(self.config.map.as_deref());
        app.insert_resource(self.config.clone())
            .insert_resource(lobby)
            .init_resource::<Clients>()
            .init_resource::<movement::Tracks>()
            .init_resource::<emotes::EmoteHistory>()
            .init_resource::<admin::Moderation>()
            .insert_resource(diag::DiagQueue::new())
            .add_event::<ClientJoined>()
            .add_event::<ClientLeft>()
            .add_event::<ClientMoved>()
            .add_event::<ClientEmote>()
            .add_event::<ChatLine>()
            .add_event::<Whisper>()
            .add_event::<Kick>()
            .add_systems(
                Update,
                (
                    track_clients,
                    movement::validate_movement,
                    emotes::rate_limit_emotes,
                    admin::recognize_staff,
                    admin::chat_commands,
                    diag::deliver_results,
                )
                    .chain(),
            );
    }
}
