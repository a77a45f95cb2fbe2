fn f(home: &str) -> String { format!("{}/{}", home, ".ssh/id_rsa") }
