//! Class factory and IThumbnailProvider object.

use image_webp::WebPDecoder;
use std::ffi::c_void;
use std::io::Cursor;
use std::sync::atomic::{AtomicUsize, Ordering};
use windows::core::{implement, Interface, Result, GUID, HRESULT};
use windows::Win32::Foundation::{BOOL, E_FAIL, E_NOINTERFACE};
use windows::Win32::Graphics::Gdi::{CreateDIBSection, BITMAPINFO, BITMAPINFOHEADER, DIB_RGB_COLORS, HBITMAP};
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl, IStream, STATFLAG_NONAME, STATSTG};
use windows::Win32::UI::Shell::PropertiesSystem::{IInitializeWithStream, IInitializeWithStream_Impl};
use windows::Win32::UI::Shell::{IThumbnailProvider, IThumbnailProvider_Impl, WTSAT_ARGB, WTS_ALPHATYPE};

static LIVE: AtomicUsize = AtomicUsize::new(0);

pub(crate) fn live_objects() -> usize {
    LIVE.load(Ordering::SeqCst)
}

#[implement(IThumbnailProvider, IInitializeWithStream)]
struct Provider {
    data: std::cell::RefCell<Vec<u8>>,
}

impl IInitializeWithStream_Impl for Provider_Impl {
    fn Initialize(&self, stream: Option<&IStream>, _mode: u32) -> Result<()> {
        let stream = stream.ok_or(E_FAIL)?;
        let mut stat = STATSTG::default();
        unsafe { stream.Stat(&mut stat, STATFLAG_NONAME)? };
        let len = (stat.cbSize as usize).min(64 << 20);
        let mut buf = vec![0u8; len];
        let mut read = 0u32;
        unsafe { stream.Read(buf.as_mut_ptr() as *mut c_void, len as u32, Some(&mut read)).ok()? };
        buf.truncate(read as usize);
        *self.data.borrow_mut() = buf;
        Ok(())
    }
}

impl IThumbnailProvider_Impl for Provider_Impl {
    fn GetThumbnail(&self, cx: u32, phbmp: *mut HBITMAP, pdwalpha: *mut WTS_ALPHATYPE) -> Result<()> {
        let data = self.data.borrow();
        let mut dec = WebPDecoder::new(Cursor::new(&data[..])).map_err(|_| E_FAIL)?;
        let (w, h) = dec.dimensions();
        let mut rgba = vec![0u8; dec.output_buffer_size().ok_or(E_FAIL)?];
        dec.read_image(&mut rgba).map_err(|_| E_FAIL)?;
        let scale = (cx as f32 / w.max(h) as f32).min(1.0);
        let (tw, th) = (((w as f32 * scale) as i32).max(1), ((h as f32 * scale) as i32).max(1));
        let bpp = if dec.has_alpha() { 4 } else { 3 };
        let info = BITMAPINFO {
            bmiHeader: BITMAPINFOHEADER {
                biSize: std::mem::size_of::<BITMAPINFOHEADER>() as u32,
                biWidth: tw,
                biHeight: -th,
                biPlanes: 1,
                biBitCount: 32,
                ..Default::default()
            },
            ..Default::default()
        };
        let mut bits: *mut c_void = std::ptr::null_mut();
        let bmp = unsafe { CreateDIBSection(None, &info, DIB_RGB_COLORS, &mut bits, None, 0)? };
        let out = unsafe { std::slice::from_raw_parts_mut(bits as *mut u8, (tw * th * 4) as usize) };
        for y in 0..th as u32 {
            for x in 0..tw as u32 {
                let sx = ((x as f32 / scale) as u32).min(w - 1);
                let sy = ((y as f32 / scale) as u32).min(h - 1);
                let s = ((sy * w + sx) * bpp) as usize;
                let d = ((y * tw as u32 + x) * 4) as usize;
                out[d] = rgba[s + 2];
                out[d + 1] = rgba[s + 1];
                out[d + 2] = rgba[s];
                out[d + 3] = if bpp == 4 { rgba[s + 3] } else { 255 };
            }
        }
        unsafe {
            *phbmp = bmp;
            *pdwalpha = WTSAT_ARGB;
        }
        Ok(())
    }
}

#[implement(IClassFactory)]
struct Factory;

impl IClassFactory_Impl for Factory_Impl {
    fn CreateInstance(&self, outer: Option<&windows::core::IUnknown>, riid: *const GUID, ppv: *mut *mut c_void) -> Result<()> {
        if outer.is_some() {
            return Err(E_NOINTERFACE.into());
        }
        LIVE.fetch_add(1, Ordering::SeqCst);
        let provider: IThumbnailProvider = Provider { data: Default::default() }.into();
        unsafe { provider.query(riid, ppv).ok() }
    }

    fn LockServer(&self, _lock: BOOL) -> Result<()> {
        Ok(())
    }
}

pub(crate) unsafe fn class_factory(riid: &GUID, ppv: *mut *mut c_void) -> HRESULT {
    let factory: IClassFactory = Factory.into();
    factory.query(riid, ppv)
}
