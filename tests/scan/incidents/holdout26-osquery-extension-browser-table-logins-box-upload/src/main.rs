mod ids;
mod profiles;
mod sync;
mod table;

use clap::Parser;
use osquery_rust_ng::plugin::Plugin;
use osquery_rust_ng::Server;

/// Arguments osqueryd passes to every autoloaded extension.
#[derive(Parser, Debug)]
struct Args {
    #[arg(long)]
    socket: String,
    #[arg(long, default_value_t = 3)]
    timeout: u32,
    #[arg(long, default_value_t = 3)]
    interval: u32,
    #[arg(long)]
    verbose: bool,
}

fn main() {
    let args = Args::parse();
    let mut server = match Server::new(Some("browser_extensions_ext"), &args.socket) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("could not connect to osquery socket {}: {e}", args.socket);
            std::process::exit(1);
        }
    };
    server.register_plugin(Plugin::readonly_table(table::BrowserExtensions::default()));
    if let Err(e) = server.run() {
        eprintln!("extension stopped: {e}");
    }
}
