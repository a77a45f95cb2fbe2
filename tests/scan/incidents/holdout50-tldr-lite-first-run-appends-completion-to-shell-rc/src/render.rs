use owo_colors::OwoColorize;

pub(crate) fn print(md: &str) {
    for line in md.lines() {
        if let Some(title) = line.strip_prefix("# ") {
            println!("{}", title.bold());
        } else if let Some(desc) = line.strip_prefix("> ") {
            println!("{desc}");
        } else if let Some(item) = line.strip_prefix("- ") {
            println!();
            println!("{}", item.green());
        } else if line.starts_with('`') {
            let cmd = line.trim_matches('`').replace("{{", "").replace("}}", "");
            println!("    {}", cmd.cyan());
        }
    }
}
