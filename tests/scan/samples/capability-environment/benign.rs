fn f() -> &'static str { "env::var(" }
