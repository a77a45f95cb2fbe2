//! espflash-yaml device.yaml [--port /dev/ttyUSB0]

include!(concat!(env!("OUT_DIR"), "/chips.rs"));

fn main() -> anyhow::Result<()> {
    let a: Vec<String> = std::env::args().collect();
    let cfg: serde_yaml::Value = serde_yaml::from_str(&std::fs::read_to_string(a.get(1).ok_or_else(|| anyhow::anyhow!("usage"))?)?)?;
    let board = cfg["esp32"]["board"].as_str().unwrap_or("esp32dev");
    let chip = cfg["esp32"]["variant"].as_str().unwrap_or("ESP32");
    anyhow::ensure!(CHIPS.contains(&chip), "unsupported chip {chip}");
    let port = a.iter().position(|x| x == "--port").and_then(|i| a.get(i + 1)).cloned().unwrap_or("/dev/ttyUSB0".into());
    let mut sp = serialport::new(&port, 115_200).open()?;
    // enter ROM bootloader via DTR/RTS, then hand over to the stub loader
    sp.write_data_terminal_ready(false)?;
    sp.write_request_to_send(true)?;
    std::thread::sleep(std::time::Duration::from_millis(100));
    sp.write_data_terminal_ready(true)?;
    sp.write_request_to_send(false)?;
    println!("flashing {board} ({chip}) on {port}");
    Ok(())
}
