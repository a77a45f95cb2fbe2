//! Sets how many dumps to keep.
pub fn dump_count(key: &winreg::RegKey, count: u32) -> std::io::Result<()> {
    key.set_value("DumpCount", &count)
}
