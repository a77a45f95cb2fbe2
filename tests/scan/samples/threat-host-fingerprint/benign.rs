// A host name as a field of a configuration, and a word in a message.
pub struct Config {
    pub hostname: String,
}

pub const HELP: &str = "set the hostname of the server to connect to";
