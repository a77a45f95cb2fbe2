use envy_derive::FromEnv;

#[derive(FromEnv)]
#[env(prefix = "ENVY_TEST_")]
struct Cfg {
    port: u16,
    #[env(default = "info")]
    level: String,
}

#[test]
fn loads() {
    std::env::set_var("ENVY_TEST_PORT", "8080");
    let c = Cfg::from_env().unwrap();
    assert_eq!(c.port, 8080);
    assert_eq!(c.level, "info");
}
