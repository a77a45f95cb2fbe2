// A wallet's "copy my address" button: the address is the user's, read from their key.
pub fn copy_address(address: &str) {
    let mut board = arboard::Clipboard::new().unwrap();
    let _ = board.set_text(address.to_string());
}
