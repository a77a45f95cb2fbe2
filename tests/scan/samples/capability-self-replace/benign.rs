//! Prints where the running program lives, and copies a configuration file.
pub fn report(config: &std::path::Path) -> std::io::Result<()> {
    println!("{}", std::env::current_exe()?.display());
    std::fs::copy(config, config.with_extension("bak")).map(|_| ())
}
