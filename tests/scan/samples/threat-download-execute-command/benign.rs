/// Documentation for users: the installer is a shell script they may review first.
pub const INSTALL_HINT: &str = "download install.sh, read it, then run it";
pub const CURL: &str = "curl";
