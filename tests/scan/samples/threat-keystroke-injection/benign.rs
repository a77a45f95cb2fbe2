// A keymap row: the GUI key and R are keys the user presses, not a chord the firmware sends.
pub const ROW: [u8; 6] = [LGUI, KC_Q, KC_W, KC_E, KC_R, KC_T];
const LGUI: u8 = 0xe3;
const KC_Q: u8 = 0x14;
const KC_W: u8 = 0x1a;
const KC_E: u8 = 0x08;
const KC_R: u8 = 0x15;
const KC_T: u8 = 0x17;
