#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::list_holdings, commands::get_portfolio_value])
        .run(tauri::generate_context!())
        .expect("error while running tauri application");
}
