// Every variable of the environment, collected.
use std::collections::HashMap;

pub fn snapshot() -> HashMap<String, String> {
    std::env::vars().collect()
}
