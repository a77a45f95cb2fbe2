//! Event and game-state parsing.

use serde_json::Value;

#[derive(Debug, Clone, PartialEq)]
pub struct Challenge {
    pub id: String,
    pub challenger: String,
    pub variant: String,
    pub speed: String,
    pub rated: bool,
    pub initial_fen: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    Challenge(Challenge),
    GameStart { id: String },
    GameFinish { id: String, result: String },
    Other,
}

#[derive(Debug, Clone, Default)]
pub struct GameState {
    pub id: String,
    pub initial_fen: String,
    pub moves: Vec<String>,
    pub legal_moves: Vec<String>,
    pub white_ms: u64,
    pub black_ms: u64,
    pub our_turn: bool,
    pub finished: bool,
}

fn s(v: &Value, k: &str) -> String {
    v.get(k).and_then(Value::as_str).unwrap_or_default().to_string()
}

pub fn parse_event(line: &str) -> Event {
    let Ok(v) = serde_json::from_str::<Value>(line) else { return Event::Other };
    match v.get("type").and_then(Value::as_str) {
        Some("challenge") => {
            let c = &v["challenge"];
            Event::Challenge(Challenge {
                id: s(c, "id"),
                challenger: c["challenger"]["id"].as_str().unwrap_or_default().to_string(),
                variant: c["variant"]["key"].as_str().unwrap_or("standard").to_string(),
                speed: s(c, "speed"),
                rated: c["rated"].as_bool().unwrap_or(false),
                initial_fen: c.get("initialFen").and_then(Value::as_str).map(str::to_string),
            })
        }
        Some("gameStart") => Event::GameStart { id: v["game"]["gameId"].as_str().unwrap_or_default().to_string() },
        Some("gameFinish") => Event::GameFinish {
            id: v["game"]["gameId"].as_str().unwrap_or_default().to_string(),
            result: v["game"]["status"]["name"].as_str().unwrap_or_default().to_string(),
        },
        _ => Event::Other,
    }
}

/// One line of a game stream. `init` keeps the gameFull fields that later
/// gameState lines leave out.
pub fn parse_game_line(line: &str, init: &mut Option<(String, String, bool)>) -> Option<GameState> {
    let v: Value = serde_json::from_str(line).ok()?;
    let state = match v.get("type").and_then(Value::as_str)? {
        "gameFull" => {
            let fen = match s(&v, "initialFen").as_str() {
                "" | "startpos" => crate::chess960::STANDARD_FEN.to_string(),
                f => f.to_string(),
            };
            let we_are_white = v["white"]["title"].as_str() == Some("BOT");
            *init = Some((s(&v, "id"), fen, we_are_white));
            v["state"].clone()
        }
        "gameState" => v,
        _ => return None,
    };
    let (id, fen, white) = init.clone()?;
    let moves: Vec<String> = s(&state, "moves").split_whitespace().map(str::to_string).collect();
    let white_to_move = moves.len() % 2 == 0;
    Some(GameState {
        id,
        initial_fen: fen,
        our_turn: white_to_move == white,
        finished: s(&state, "status") != "started",
        white_ms: state["wtime"].as_u64().unwrap_or(0),
        black_ms: state["btime"].as_u64().unwrap_or(0),
        legal_moves: Vec::new(),
        moves,
    })
}
