//! Traits every widget implements.

use crate::enums::LabelType;

pub trait WidgetExt {
    fn set_label(&mut self, title: &str);
    fn label(&self) -> String;
    /// Fixed in 0.15.2: a multi label without an image no longer dereferences NULL.
    fn set_label_type(&mut self, typ: LabelType);
}

pub trait GroupExt: WidgetExt {
    fn end(&mut self);
}

pub trait WindowExt: GroupExt {
    fn show(&mut self);
    fn set_icon(&mut self, image: Option<crate::image::Pixmap>);
}
