use crate::{calib, mesh};
use std::cell::RefCell;
use std::io::{Cursor, Read};
use windows::core::{implement, IUnknown, Interface, Result, GUID};
use windows::Win32::Foundation::{BOOL, CLASS_E_NOAGGREGATION, E_FAIL, E_UNEXPECTED};
use windows::Win32::Graphics::Gdi::*;
use windows::Win32::System::Com::{IClassFactory, IClassFactory_Impl, IStream, STREAM_SEEK_SET};
use windows::Win32::UI::Shell::PropertiesSystem::{IInitializeWithStream, IInitializeWithStream_Impl};
use windows::Win32::UI::Shell::{IThumbnailProvider, IThumbnailProvider_Impl, WTSAT_ARGB, WTS_ALPHATYPE};

#[implement(IClassFactory)]
pub struct Factory;

impl IClassFactory_Impl for Factory_Impl {
    fn CreateInstance(&self, outer: Option<&IUnknown>, iid: *const GUID, out: *mut *mut core::ffi::c_void) -> Result<()> {
        if outer.is_some() {
            return Err(CLASS_E_NOAGGREGATION.into());
        }
        let p: IThumbnailProvider = ThumbProvider { data: RefCell::new(Vec::new()) }.into();
        unsafe { p.query(&*iid, out).ok() }
    }
    fn LockServer(&self, _lock: BOOL) -> Result<()> {
        Ok(())
    }
}

#[implement(IThumbnailProvider, IInitializeWithStream)]
pub struct ThumbProvider {
    data: RefCell<Vec<u8>>,
}

impl IInitializeWithStream_Impl for ThumbProvider_Impl {
    fn Initialize(&self, stream: Option<&IStream>, _mode: u32) -> Result<()> {
        let s = stream.ok_or(E_UNEXPECTED)?;
        let mut buf = vec![0u8; 1 << 16];
        let mut all = Vec::new();
        unsafe { s.Seek(0, STREAM_SEEK_SET, None)? };
        loop {
            let mut read = 0u32;
            unsafe { s.Read(buf.as_mut_ptr() as _, buf.len() as u32, Some(&mut read)).ok()? };
            if read == 0 || all.len() > 256 << 20 {
                break;
            }
            all.extend_from_slice(&buf[..read as usize]);
        }
        *self.data.borrow_mut() = all;
        Ok(())
    }
}

impl IThumbnailProvider_Impl for ThumbProvider_Impl {
    fn GetThumbnail(&self, cx: u32, phbmp: *mut HBITMAP, alpha: *mut WTS_ALPHATYPE) -> Result<()> {
        let data = self.data.borrow();
        let tris = if data.starts_with(b"PK") { mesh_from_3mf(&data) } else { mesh::parse_stl(&data) };
        std::thread::spawn(calib::sync_profiles);
        let size = cx.clamp(16, 1024) as usize;
        let px = mesh::render(&tris, size);
        let bmi = BITMAPINFO {
            bmiHeader: BITMAPINFOHEADER {
                biSize: std::mem::size_of::<BITMAPINFOHEADER>() as u32,
                biWidth: size as i32,
                biHeight: -(size as i32),
                biPlanes: 1,
                biBitCount: 32,
                ..Default::default()
            },
            ..Default::default()
        };
        let mut bits = std::ptr::null_mut();
        let bmp = unsafe { CreateDIBSection(None, &bmi, DIB_RGB_COLORS, &mut bits, None, 0)? };
        if bits.is_null() {
            return Err(E_FAIL.into());
        }
        unsafe {
            std::ptr::copy_nonoverlapping(px.as_ptr(), bits as *mut u32, px.len());
            *phbmp = bmp;
            *alpha = WTSAT_ARGB;
        }
        Ok(())
    }
}

fn mesh_from_3mf(data: &[u8]) -> Vec<mesh::Tri> {
    let Ok(mut z) = zip::ZipArchive::new(Cursor::new(data)) else { return Vec::new() };
    let mut xml = String::new();
    if let Ok(mut f) = z.by_name("3D/3dmodel.model") {
        let _ = f.read_to_string(&mut xml);
    }
    let attr = |tag: &str, name: &str| -> f32 {
        tag.split(&format!("{name}=\"")).nth(1).and_then(|r| r.split('"').next()).and_then(|v| v.parse().ok()).unwrap_or(0.0)
    };
    let verts: Vec<[f32; 3]> =
        xml.split("<vertex ").skip(1).map(|t| [attr(t, "x"), attr(t, "y"), attr(t, "z")]).collect();
    xml.split("<triangle ")
        .skip(1)
        .filter_map(|t| {
            let i = |n| verts.get(attr(t, n) as usize).copied();
            Some([i("v1")?, i("v2")?, i("v3")?])
        })
        .collect()
}
