fn main() -> anyhow::Result<()> {
    let cfg = qsolog_sync::config::load()?;
    let n = qsolog_sync::run(&cfg)?;
    println!("uploaded {n} new QSOs");
    Ok(())
}
