//! ```ignore
//! cmdreg::command!("hello", |args| { println!("hi {args:?}"); 0 });
//! std::process::exit(cmdreg::dispatch(std::env::args().skip(1).collect()));
//! ```

mod builtin;
mod wire;

pub struct Command {
    pub name: &'static str,
    pub init: Option<fn()>,
    pub run: fn(&[String]) -> i32,
}

inventory::collect!(Command);

#[macro_export]
macro_rules! command {
    ($name:literal, $f:expr) => {
        $crate::inventory::submit! { $crate::Command { name: $name, init: None, run: $f } }
    };
}
pub use inventory;

/// Runs registered initialisers, then the matching command.
pub fn dispatch(args: Vec<String>) -> i32 {
    for c in inventory::iter::<Command> {
        if let Some(i) = c.init { i(); }
    }
    let (name, rest) = match args.split_first() { Some((n, r)) => (n.as_str(), r), None => ("help", &[][..]) };
    inventory::iter::<Command>.into_iter().find(|c| c.name == name).map(|c| (c.run)(rest)).unwrap_or_else(|| {
        eprintln!("unknown command {name}");
        2
    })
}
