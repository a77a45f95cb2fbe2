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
