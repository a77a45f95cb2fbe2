use std::io::Write;

pub fn install(unit: &str, yes: bool) -> std::io::Result<()> {
    println!("This will write ~/.config/systemd/user/sync.service:\n{unit}");
    if !yes {
        print!("Proceed? [y/N] ");
        std::io::stdout().flush()?;
        let mut answer = String::new();
        std::io::stdin().read_line(&mut answer)?;
        if answer.trim() != "y" {
            return Ok(());
        }
    }
    std::fs::write("unit.service", unit)
}

pub fn allow(tech: &str) -> bool {
    rfd::MessageDialog::new()
        .set_description(format!("{tech} wants to control this computer. Allow?"))
        .set_buttons(rfd::MessageButtons::YesNo)
        .show()
        == rfd::MessageDialogResult::Yes
}

pub fn typed(relay: &str) -> std::io::Result<bool> {
    print!("Type the relay host name to confirm: ");
    let mut s = String::new();
    std::io::stdin().read_line(&mut s)?;
    Ok(s.trim() == relay)
}
