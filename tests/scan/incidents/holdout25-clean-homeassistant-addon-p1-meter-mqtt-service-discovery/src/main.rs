mod dsmr;
mod mqtt;

use std::io::{BufRead, BufReader};
use std::time::Duration;

use serde::Deserialize;

#[derive(Deserialize)]
struct Options {
    device: String,
    baudrate: u32,
    topic_prefix: String,
}

fn main() {
    env_logger::init();
    let opts: Options = serde_json::from_str(&std::fs::read_to_string("/data/options.json").expect("options"))
        .expect("valid options");
    let broker = mqtt::discover().expect("MQTT service not available from the Supervisor");
    let mut client = mqtt::Publisher::connect(&broker, &opts.topic_prefix);
    client.announce();

    let port = serialport::new(&opts.device, opts.baudrate)
        .timeout(Duration::from_secs(15))
        .open()
        .expect("open serial device");
    let mut lines = BufReader::new(port);
    let mut telegram = String::new();
    loop {
        let mut line = String::new();
        match lines.read_line(&mut line) {
            Ok(0) => continue,
            Ok(_) => {
                telegram.push_str(&line);
                if line.starts_with('!') {
                    match dsmr::parse(&telegram) {
                        Some(reading) => client.publish(&reading),
                        None => log::warn!("discarding telegram with bad CRC"),
                    }
                    telegram.clear();
                }
            }
            Err(e) => log::warn!("serial read: {e}"),
        }
    }
}
