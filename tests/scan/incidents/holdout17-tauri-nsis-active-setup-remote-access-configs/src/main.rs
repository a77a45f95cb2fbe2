#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use inkpad::notes::{self, Note};

#[tauri::command]
fn list_notes() -> Result<Vec<Note>, String> {
    notes::list().map_err(|e| e.to_string())
}

#[tauri::command]
fn read_note(name: String) -> Result<String, String> {
    notes::read(&name).map_err(|e| e.to_string())
}

#[tauri::command]
fn save_note(name: String, body: String) -> Result<(), String> {
    notes::save(&name, &body).map_err(|e| e.to_string())
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![list_notes, read_note, save_note])
        .run(tauri::generate_context!())
        .expect("error while running Inkpad");
}
