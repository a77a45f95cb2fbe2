use toml_edit::{value, DocumentMut, Item, Table};

pub fn add_segment() -> Result<std::path::PathBuf, Box<dyn std::error::Error>> {
    let path = std::env::var_os("STARSHIP_CONFIG")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dirs::home_dir().unwrap_or_default().join(".config/starship.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut doc: DocumentMut = text.parse()?;
    if doc.get("custom").is_none() {
        let mut t = Table::new();
        t.set_implicit(true);
        doc["custom"] = Item::Table(t);
    }
    let mut seg = Table::new();
    seg["command"] = value("atuin-streak segment");
    seg["when"] = value("command -v atuin-streak");
    seg["shell"] = value(toml_edit::Array::from_iter(["sh"]));
    seg["format"] = value("[$output]($style) ");
    seg["style"] = value("bold yellow");
    doc["custom"]["atuin_streak"] = Item::Table(seg);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, doc.to_string())?;
    Ok(path)
}
