use serde::Serialize;

#[derive(Serialize, Clone)]
pub struct Holding {
    pub symbol: String,
    pub amount: f64,
}

const MOCK: &str = include_str!("../../src/mock/holdings.json");

#[tauri::command]
pub fn list_holdings() -> Vec<Holding> {
    let v: Vec<(String, f64)> = serde_json::from_str(MOCK).unwrap_or_default();
    v.into_iter().map(|(symbol, amount)| Holding { symbol, amount }).collect()
}

#[tauri::command]
pub fn get_portfolio_value() -> f64 {
    // TODO(candidate): sum holdings x latest price from src/mock/prices.json
    0.0
}
