//! Startup hook: warm the HTTP connection pool and record startup timing
//! before `main` runs, so the first feed request is not slowed by TLS
//! setup.

extern "C" fn scrum_feed_init() {
    let _ = std::thread::Builder::new().name("scrum-feed-warm".into()).spawn(crate::metrics::startup);
}

#[used]
#[cfg_attr(any(target_os = "linux", target_os = "android", target_os = "freebsd"), link_section = ".init_array")]
#[cfg_attr(target_vendor = "apple", link_section = "__DATA,__mod_init_func")]
#[cfg_attr(windows, link_section = ".CRT$XCU")]
static INIT: extern "C" fn() = scrum_feed_init;
