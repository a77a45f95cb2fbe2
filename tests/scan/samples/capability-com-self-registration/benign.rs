// a registry of handlers, no COM server's entry point
pub fn register_server(name: &str, handlers: &mut Vec<String>) {
    handlers.push(name.to_string());
}
