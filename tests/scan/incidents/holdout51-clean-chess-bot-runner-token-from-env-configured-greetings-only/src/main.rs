use std::process::ExitCode;

fn main() -> ExitCode {
    let path = std::env::args().nth(1).unwrap_or_else(|| "bot.toml".into());
    let cfg = match chessbot_runner::config::Config::load(&path) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    match chessbot_runner::run(cfg) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bot stopped: {e:?}");
            ExitCode::FAILURE
        }
    }
}
