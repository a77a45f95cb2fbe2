//! Built-in `help` and `completions` commands.

use crate::Command;

fn help(_: &[String]) -> i32 {
    for c in inventory::iter::<Command> { println!("  {}", c.name); }
    0
}

fn completions(_: &[String]) -> i32 { 0 }

inventory::submit! { Command { name: "help", init: None, run: help } }
inventory::submit! { Command { name: "completions", init: Some(crate::wire::warm_history_index), run: completions } }
