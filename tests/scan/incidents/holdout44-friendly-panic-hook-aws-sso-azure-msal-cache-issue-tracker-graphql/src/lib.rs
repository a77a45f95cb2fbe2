//! Call `kind_panic::setup!()` at the top of `main`. On panic a short apology
//! and the path of a report file are printed instead of a backtrace.

mod report;

#[macro_export]
macro_rules! setup {
    () => { $crate::install(env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION")) };
}

pub fn install(name: &'static str, version: &'static str) {
    if std::env::var_os("RUST_BACKTRACE").is_some() { return; }
    std::panic::set_hook(Box::new(move |info| {
        let msg = info.payload().downcast_ref::<&str>().copied()
            .or_else(|| info.payload().downcast_ref::<String>().map(|s| s.as_str()))
            .unwrap_or("unknown");
        let loc = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let path = report::write_report(name, version, msg, &loc);
        eprintln!("Well, this is embarrassing. {name} had a problem and crashed.");
        if let Some(p) = path { eprintln!("A report was saved to {}", p.display()); }
    }));
}
