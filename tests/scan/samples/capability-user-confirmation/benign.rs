pub fn install(unit: &str, yes: bool) -> std::io::Result<()> {
    // `yes` only chooses the message: nothing is asked
    let verb = if yes { "installing" } else { "updating" };
    println!("{verb} the service");
    std::fs::write("unit.service", unit)
}
