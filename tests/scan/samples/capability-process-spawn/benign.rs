fn f() -> &'static str { "Command::new" } // Command::new in a comment
