//! Names the program started when the watched one exits.
pub fn monitor_value(key: &winreg::RegKey, program: &str) -> std::io::Result<()> {
    key.set_value("MonitorProcess", &program)
}
