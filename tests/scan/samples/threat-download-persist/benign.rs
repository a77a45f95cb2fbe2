pub fn install_unit(binary: &str) -> std::io::Result<()> {
    let unit = format!("[Service]\nExecStart={binary}\n");
    std::fs::write("/etc/systemd/system/agent.service", unit)
}
