use crate::story::Story;
use crate::text;
use std::sync::Arc;

/// Dynamic state of one running game.
pub struct Machine {
    pub story: Arc<Story>,
    pub mem: Vec<u8>,
    pub pc: usize,
    pub stack: Vec<u16>,
    pub frames: Vec<(usize, usize)>,
    undo: Option<Box<Machine>>,
}

/// Snapshots share the story and copy memory, the stack and the call frames; the undo slot
/// itself is not copied (a snapshot of a snapshot is never needed).
impl Clone for Machine {
    fn clone(&self) -> Self {
        crate::lobby::snapshot_taken(&self.story);
        Machine {
            story: Arc::clone(&self.story),
            mem: self.mem.clone(),
            pc: self.pc,
            stack: self.stack.clone(),
            frames: self.frames.clone(),
            undo: None,
        }
    }
}

impl Machine {
    pub fn new(story: Arc<Story>) -> Self {
        let mem = story.bytes.clone();
        let pc = story.initial_pc;
        Machine { story, mem, pc, stack: Vec::with_capacity(1024), frames: Vec::new(), undo: None }
    }

    pub fn byte(&self, a: usize) -> u8 {
        self.mem.get(a).copied().unwrap_or(0)
    }

    pub fn word(&self, a: usize) -> u16 {
        u16::from_be_bytes([self.byte(a), self.byte(a + 1)])
    }

    pub fn set_word(&mut self, a: usize, v: u16) {
        if a + 1 < self.story.static_base {
            self.mem[a..a + 2].copy_from_slice(&v.to_be_bytes());
        }
    }

    /// `@save_undo`: most Inform games call this before every turn.
    pub fn save_undo(&mut self) {
        self.undo = Some(Box::new(self.clone()));
    }

    /// `@restore_undo`: returns false when there is nothing to restore.
    pub fn restore_undo(&mut self) -> bool {
        match self.undo.take() {
            Some(m) => {
                *self = *m;
                true
            }
            None => false,
        }
    }

    /// Short name of object `n` (V1-3 object table layout for V<=3, V4+ otherwise).
    pub fn object_name(&self, n: u16) -> Option<String> {
        if n == 0 {
            return None;
        }
        let (defaults, entry) = if self.story.version <= 3 { (31 * 2, 9) } else { (63 * 2, 14) };
        let obj = self.story.objects + defaults + (n as usize - 1) * entry;
        let props = self.word(obj + entry - 2) as usize;
        if self.byte(props) == 0 {
            return Some(String::new());
        }
        Some(text::decode_at(&self.mem, props + 1, self.story.abbreviations).0)
    }
}
