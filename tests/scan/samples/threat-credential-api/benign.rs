pub fn token(store: &std::collections::HashMap<String, String>) -> Option<&String> { store.get("token") }
