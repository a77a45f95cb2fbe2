use neon::prelude::*;
use neon::types::Finalize;
use std::cell::RefCell;

mod cache;
mod orient;

pub struct Thumb {
    id: u64,
    img: image::DynamicImage,
}

type BoxedThumb = JsBox<RefCell<Thumb>>;

impl Finalize for Thumb {
    fn finalize<'a, C: Context<'a>>(self, _cx: &mut C) {
        // the decoded frame is dropped here; release its slot in the scratch cache
        cache::release(self.id);
    }
}

fn open(mut cx: FunctionContext) -> JsResult<BoxedThumb> {
    let path = cx.argument::<JsString>(0)?.value(&mut cx);
    let img = match image::open(&path) {
        Ok(i) => i,
        Err(e) => return cx.throw_error(e.to_string()),
    };
    let img = orient::apply(&path, img);
    let id = cache::acquire();
    Ok(cx.boxed(RefCell::new(Thumb { id, img })))
}

fn resize(mut cx: FunctionContext) -> JsResult<JsUndefined> {
    let h = cx.argument::<BoxedThumb>(0)?;
    let w = cx.argument::<JsNumber>(1)?.value(&mut cx) as u32;
    let ht = cx.argument::<JsNumber>(2)?.value(&mut cx) as u32;
    let mut t = h.borrow_mut();
    t.img = t.img.thumbnail(w.max(1), ht.max(1));
    Ok(cx.undefined())
}

fn encode(mut cx: FunctionContext) -> JsResult<JsBuffer> {
    let h = cx.argument::<BoxedThumb>(0)?;
    let fmt = cx.argument::<JsString>(1)?.value(&mut cx);
    let t = h.borrow();
    let mut out = std::io::Cursor::new(Vec::new());
    let format = match fmt.as_str() {
        "png" => image::ImageFormat::Png,
        "webp" => image::ImageFormat::WebP,
        _ => image::ImageFormat::Jpeg,
    };
    if let Err(e) = t.img.write_to(&mut out, format) {
        return cx.throw_error(e.to_string());
    }
    JsBuffer::from_slice(&mut cx, out.get_ref())
}

#[neon::main]
fn main(mut cx: ModuleContext) -> NeonResult<()> {
    cx.export_function("open", open)?;
    cx.export_function("resize", resize)?;
    cx.export_function("encode", encode)?;
    Ok(())
}
