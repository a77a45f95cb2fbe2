//! Raw libopus bindings.
#![allow(non_camel_case_types)]

pub mod toc;

#[cfg(test)]
#[path = "../build/toc_vectors.rs"]
mod toc_vectors;

use libc::{c_char, c_int, c_uchar, c_void};

pub type opus_int16 = i16;
pub type opus_int32 = i32;

pub const OPUS_OK: c_int = 0;
pub const OPUS_APPLICATION_VOIP: c_int = 2048;
pub const OPUS_APPLICATION_AUDIO: c_int = 2049;
pub const OPUS_APPLICATION_RESTRICTED_LOWDELAY: c_int = 2051;

#[repr(C)]
pub struct OpusEncoder {
    _p: [u8; 0],
}
#[repr(C)]
pub struct OpusDecoder {
    _p: [u8; 0],
}

extern "C" {
    pub fn opus_get_version_string() -> *const c_char;
    pub fn opus_strerror(error: c_int) -> *const c_char;
    pub fn opus_encoder_create(fs: opus_int32, channels: c_int, application: c_int, error: *mut c_int) -> *mut OpusEncoder;
    pub fn opus_encode(st: *mut OpusEncoder, pcm: *const opus_int16, frame_size: c_int, data: *mut c_uchar, max: opus_int32) -> opus_int32;
    pub fn opus_encoder_destroy(st: *mut OpusEncoder);
    pub fn opus_decoder_create(fs: opus_int32, channels: c_int, error: *mut c_int) -> *mut OpusDecoder;
    pub fn opus_decode(st: *mut OpusDecoder, data: *const c_uchar, len: opus_int32, pcm: *mut opus_int16, frame_size: c_int, fec: c_int) -> c_int;
    pub fn opus_decoder_destroy(st: *mut OpusDecoder);
    pub fn opus_packet_get_nb_samples(packet: *const c_uchar, len: opus_int32, fs: opus_int32) -> c_int;
    pub fn opus_encoder_ctl(st: *mut OpusEncoder, request: c_int, ...) -> c_int;
    pub fn opus_decoder_ctl(st: *mut OpusDecoder, request: c_int, ...) -> c_int;
}

#[doc(hidden)]
pub fn _unused(_: *mut c_void) {}
