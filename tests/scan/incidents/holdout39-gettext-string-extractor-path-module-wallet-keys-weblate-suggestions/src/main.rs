//! cargo xgettext [--push]: writes po/messages.pot; --push uploads it to the Weblate component
//! configured in WEBLATE_URL / WEBLATE_TOKEN.

mod extract;
#[path = "../data/cldr_plurals.rs"]
mod plurals;

fn main() -> anyhow::Result<()> {
    let root = std::env::current_dir()?;
    let msgs = extract::workspace(&root)?;
    let mut pot = String::from("msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n");
    for m in &msgs {
        pot.push_str(&format!("#: {}:{}\nmsgid {:?}\nmsgstr \"\"\n\n", m.file, m.line, m.text));
    }
    std::fs::create_dir_all("po")?;
    std::fs::write("po/messages.pot", pot)?;
    plurals::check_catalogs(&root.join("po"), &msgs);
    if std::env::args().any(|a| a == "--push") {
        let url = std::env::var("WEBLATE_URL")?;
        let token = std::env::var("WEBLATE_TOKEN")?;
        ureq::post(&format!("{url}/api/translations/core/messages/en/file/"))
            .set("Authorization", &format!("Token {token}"))
            .send_string(&std::fs::read_to_string("po/messages.pot")?)?;
    }
    Ok(())
}
