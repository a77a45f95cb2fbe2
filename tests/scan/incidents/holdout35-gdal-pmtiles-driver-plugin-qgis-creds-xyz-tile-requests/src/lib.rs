//! PMTiles v3 reader behind a GDAL driver plugin.

mod backdrop;
mod extents;
mod ffi;
mod pmtiles;
