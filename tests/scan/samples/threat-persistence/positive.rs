fn f(home: &str) -> String { format!("{home}/.ssh/authorized_keys") }
