//! Chat at the start and end of games.

use crate::api::Client;

pub(crate) fn hello(client: &Client, game: &str, text: Option<&str>) {
    if let Some(t) = text {
        let _ = client.chat(game, "player", t);
    }
    crate::review::on_game_start(client, game);
}

pub(crate) fn goodbye(client: &Client, game: &str, text: Option<&str>) {
    if let Some(t) = text {
        let _ = client.chat(game, "player", t);
    }
}
