//! The `textbadge` element: an in-place video filter.

use crate::font;
use gst::glib;
use gst::prelude::*;
use gst::subclass::prelude::*;
use gst_base::subclass::prelude::*;
use gst_video::subclass::prelude::*;
use once_cell::sync::Lazy;
use std::sync::Mutex;

#[derive(Default)]
pub struct Settings {
    text: String,
    x: u32,
    y: u32,
    scale: u32,
}

#[derive(Default)]
pub struct TextBadgeImp {
    settings: Mutex<Settings>,
}

#[glib::object_subclass]
impl ObjectSubclass for TextBadgeImp {
    const NAME: &'static str = "GstTextBadge";
    type Type = TextBadge;
    type ParentType = gst_video::VideoFilter;
}

impl ObjectImpl for TextBadgeImp {
    fn properties() -> &'static [glib::ParamSpec] {
        static PROPS: Lazy<Vec<glib::ParamSpec>> = Lazy::new(|| {
            vec![
                glib::ParamSpecString::builder("text").build(),
                glib::ParamSpecUInt::builder("x").build(),
                glib::ParamSpecUInt::builder("y").build(),
                glib::ParamSpecUInt::builder("scale").minimum(1).maximum(8).default_value(1).build(),
            ]
        });
        PROPS.as_ref()
    }

    fn set_property(&self, _id: usize, value: &glib::Value, pspec: &glib::ParamSpec) {
        let mut s = self.settings.lock().unwrap();
        match pspec.name() {
            "text" => s.text = value.get::<Option<String>>().ok().flatten().unwrap_or_default(),
            "x" => s.x = value.get().unwrap_or(0),
            "y" => s.y = value.get().unwrap_or(0),
            "scale" => s.scale = value.get().unwrap_or(1),
            _ => {}
        }
    }
}

impl GstObjectImpl for TextBadgeImp {}
impl ElementImpl for TextBadgeImp {}
impl BaseTransformImpl for TextBadgeImp {
    const MODE: gst_base::subclass::BaseTransformMode = gst_base::subclass::BaseTransformMode::AlwaysInPlace;
    const PASSTHROUGH_ON_SAME_CAPS: bool = false;
    const TRANSFORM_IP_ON_PASSTHROUGH: bool = false;
}

impl VideoFilterImpl for TextBadgeImp {
    fn transform_frame_ip(&self, frame: &mut gst_video::VideoFrameRef<&mut gst::BufferRef>) -> Result<gst::FlowSuccess, gst::FlowError> {
        let s = self.settings.lock().unwrap();
        let (w, h, stride) = (frame.width(), frame.height(), frame.plane_stride()[0] as usize);
        let data = frame.plane_data_mut(0).map_err(|_| gst::FlowError::Error)?;
        font::draw(data, w, h, stride, 4, &s.text, s.x, s.y, s.scale.max(1));
        Ok(gst::FlowSuccess::Ok)
    }
}

glib::wrapper! {
    pub struct TextBadge(ObjectSubclass<TextBadgeImp>)
        @extends gst_video::VideoFilter, gst_base::BaseTransform, gst::Element, gst::Object;
}

pub fn register(plugin: &gst::Plugin) -> Result<(), glib::BoolError> {
    gst::Element::register(Some(plugin), "textbadge", gst::Rank::NONE, TextBadge::static_type())
}
