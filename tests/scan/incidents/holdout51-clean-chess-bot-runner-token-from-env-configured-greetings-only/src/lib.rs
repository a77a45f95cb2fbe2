//! UCI engine to bot-account bridge.

pub mod api;
pub mod config;
pub mod engine;
pub mod events;

use api::Client;
use config::Config;
use events::Event;

pub fn run(cfg: Config) -> Result<(), api::Error> {
    let token = std::env::var("LICHESS_BOT_TOKEN").map_err(|_| api::Error::Status(401))?;
    let client = Client::new(&cfg.server, &token);
    let mut active = 0usize;
    for event in client.stream_events()? {
        match event? {
            Event::Challenge(c) => {
                let ok = active < cfg.max_games && cfg.variants.contains(&c.variant) && cfg.speeds.contains(&c.speed);
                if ok {
                    client.accept_challenge(&c.id)?;
                } else {
                    client.decline_challenge(&c.id, if active >= cfg.max_games { "later" } else { "generic" })?;
                }
            }
            Event::GameStart { id } => {
                active += 1;
                let (client, cfg) = (client.clone(), cfg.clone());
                std::thread::spawn(move || {
                    let _ = play(&client, &cfg, &id);
                });
            }
            Event::GameFinish { .. } => active = active.saturating_sub(1),
            Event::Other => {}
        }
    }
    Ok(())
}

fn play(client: &Client, cfg: &Config, id: &str) -> Result<(), api::Error> {
    if let Some(g) = &cfg.greeting {
        client.chat(id, "player", g)?;
    }
    let mut engine = engine::Uci::spawn(&cfg.engine).map_err(api::Error::Io)?;
    for state in client.stream_game(id)? {
        let state = state?;
        if state.finished {
            if let Some(g) = &cfg.goodbye {
                client.chat(id, "player", g)?;
            }
            break;
        }
        if state.our_turn {
            if let Some(mv) = engine.best_move(&state.initial_fen, &state.moves, state.white_ms, state.black_ms).map_err(api::Error::Io)? {
                client.make_move(id, &mv)?;
            }
        }
    }
    Ok(())
}
