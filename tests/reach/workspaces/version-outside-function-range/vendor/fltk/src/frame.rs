use crate::enums::LabelType;
use crate::prelude::WidgetExt;

/// A box that shows a label.
pub struct Frame {
    label: String,
    label_type: LabelType,
}

impl Frame {
    pub fn new(_x: i32, _y: i32, _w: i32, _h: i32, title: &str) -> Frame {
        Frame { label: title.to_string(), label_type: LabelType::Normal }
    }
}

impl WidgetExt for Frame {
    fn set_label(&mut self, title: &str) {
        self.label = title.to_string();
    }

    fn label(&self) -> String {
        self.label.clone()
    }

    fn set_label_type(&mut self, typ: LabelType) {
        if typ == LabelType::Multi {
            return; // needs an image; refused since 0.15.2
        }
        self.label_type = typ;
    }
}
