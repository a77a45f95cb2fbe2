fn shell() -> &'static str { if cfg!(windows) { "cmd" } else { "sh" } }
