//! Copies the built plug-in into ~/Library/ColorPickers as PalettePicker.colorPicker.

use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let home = PathBuf::from(std::env::var_os("HOME").expect("HOME"));
    let bundle = home.join("Library/ColorPickers/PalettePicker.colorPicker/Contents");
    std::fs::create_dir_all(bundle.join("MacOS"))?;
    std::fs::copy("bundle/Info.plist", bundle.join("Info.plist"))?;
    std::fs::copy("target/release/libpalette_picker.dylib", bundle.join("MacOS/PalettePicker"))?;
    println!("installed {}", bundle.parent().unwrap().display());
    println!("restart apps that have the color panel open");
    Ok(())
}
