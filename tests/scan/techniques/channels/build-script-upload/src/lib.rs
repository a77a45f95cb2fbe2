extern "C" {
    pub fn lzprobe_version() -> u32;
}
