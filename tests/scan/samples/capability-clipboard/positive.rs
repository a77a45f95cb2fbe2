// Copies a generated password to the clipboard.
fn copy(secret: &str) {
    let mut board = arboard::Clipboard::new().unwrap();
    board.set_text(secret.to_string()).unwrap();
}
