mod connection;
mod install;
mod shares;
mod telemetry;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("install") => install::run(args.iter().any(|a| a == "--user")),
        Some("--connection-file") => {
            let Some(path) = args.get(2) else { std::process::exit(2) };
            let info = connection::load(path).expect("connection file");
            tokio::spawn(telemetry::kernel_started(info.clone()));
            connection::serve(info).await;
        }
        _ => eprintln!("usage: rustnb-kernel install [--user] | --connection-file <path>"),
    }
}
