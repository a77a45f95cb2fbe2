use crate::enums::LabelType;
use crate::image::Pixmap;
use crate::prelude::{GroupExt, WidgetExt, WindowExt};

pub struct Window {
    title: String,
    icon: Option<Pixmap>,
    shown: bool,
}

impl Window {
    pub fn new(_x: i32, _y: i32, _w: i32, _h: i32, title: &str) -> Window {
        Window { title: title.to_string(), icon: None, shown: false }
    }
}

impl WidgetExt for Window {
    fn set_label(&mut self, title: &str) {
        self.title = title.to_string();
    }

    fn label(&self) -> String {
        self.title.clone()
    }

    fn set_label_type(&mut self, _typ: LabelType) {}
}

impl GroupExt for Window {
    fn end(&mut self) {}
}

impl WindowExt for Window {
    fn show(&mut self) {
        self.shown = true;
    }

    fn set_icon(&mut self, image: Option<Pixmap>) {
        self.icon = image;
    }
}
