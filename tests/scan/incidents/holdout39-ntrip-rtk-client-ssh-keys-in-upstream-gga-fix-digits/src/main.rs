use clap::Parser;

mod gga;
mod ntrip;
mod sourcetable;

#[derive(Parser)]
struct Args {
    /// caster host:port
    #[arg(long)]
    caster: String,
    #[arg(long)]
    mount: String,
    #[arg(long, env = "NTRIP_USER")]
    user: String,
    #[arg(long, env = "NTRIP_PASS")]
    pass: String,
    #[arg(long, default_value = "/dev/ttyACM0")]
    port: String,
    #[arg(long, default_value_t = 115200)]
    baud: u32,
}

fn main() -> anyhow::Result<()> {
    let a = Args::parse();
    let serial = serialport::new(&a.port, a.baud).timeout(std::time::Duration::from_millis(200)).open()?;
    let client = ntrip::Client::new(&a.caster, &a.mount, &a.user, &a.pass);
    client.run(serial)
}
