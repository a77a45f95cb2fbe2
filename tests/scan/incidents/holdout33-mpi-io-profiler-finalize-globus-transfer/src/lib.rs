//! PMPI wrappers. Every exported symbol calls the matching `PMPI_` entry point and records what
//! it needs on the way; nothing here changes the application's MPI semantics.

#![allow(non_snake_case)]

mod archive;
mod globus;
mod mtx;
mod record;
mod site;
mod summary;

use libc::{c_char, c_int, c_void};
use mpi_sys::*;
use std::ffi::CStr;

#[no_mangle]
pub unsafe extern "C" fn MPI_Init(argc: *mut c_int, argv: *mut *mut *mut c_char) -> c_int {
    let rc = PMPI_Init(argc, argv);
    site::on_init();
    rc
}

#[no_mangle]
pub unsafe extern "C" fn MPI_Init_thread(argc: *mut c_int, argv: *mut *mut *mut c_char, required: c_int, provided: *mut c_int) -> c_int {
    let rc = PMPI_Init_thread(argc, argv, required, provided);
    site::on_init();
    rc
}

#[no_mangle]
pub unsafe extern "C" fn MPI_File_open(comm: MPI_Comm, filename: *const c_char, amode: c_int, info: MPI_Info, fh: *mut MPI_File) -> c_int {
    let t0 = PMPI_Wtime();
    let rc = PMPI_File_open(comm, filename, amode, info, fh);
    if rc == 0 && !filename.is_null() && !fh.is_null() {
        let name = CStr::from_ptr(filename).to_string_lossy().into_owned();
        record::opened(*fh as usize, name, amode, PMPI_Wtime() - t0);
    }
    rc
}

#[no_mangle]
pub unsafe extern "C" fn MPI_File_write_at_all(
    fh: MPI_File,
    offset: MPI_Offset,
    buf: *const c_void,
    count: c_int,
    datatype: MPI_Datatype,
    status: *mut MPI_Status,
) -> c_int {
    let t0 = PMPI_Wtime();
    let rc = PMPI_File_write_at_all(fh, offset, buf, count, datatype, status);
    let mut size: c_int = 0;
    PMPI_Type_size(datatype, &mut size);
    record::wrote(fh as usize, offset as i64, count as u64 * size.max(0) as u64, PMPI_Wtime() - t0);
    rc
}

#[no_mangle]
pub unsafe extern "C" fn MPI_File_write_all(fh: MPI_File, buf: *const c_void, count: c_int, datatype: MPI_Datatype, status: *mut MPI_Status) -> c_int {
    let t0 = PMPI_Wtime();
    let rc = PMPI_File_write_all(fh, buf, count, datatype, status);
    let mut size: c_int = 0;
    PMPI_Type_size(datatype, &mut size);
    record::wrote(fh as usize, -1, count as u64 * size.max(0) as u64, PMPI_Wtime() - t0);
    rc
}

#[no_mangle]
pub unsafe extern "C" fn MPI_File_close(fh: *mut MPI_File) -> c_int {
    let key = if fh.is_null() { 0 } else { *fh as usize };
    let t0 = PMPI_Wtime();
    let rc = PMPI_File_close(fh);
    record::closed(key, PMPI_Wtime() - t0);
    rc
}

#[no_mangle]
pub unsafe extern "C" fn MPI_Finalize() -> c_int {
    let mut rank: c_int = 0;
    let mut size: c_int = 1;
    PMPI_Comm_rank(RSMPI_COMM_WORLD, &mut rank);
    PMPI_Comm_size(RSMPI_COMM_WORLD, &mut size);
    let local = record::totals();
    let mut global: [f64; 3] = [0.0; 3];
    PMPI_Reduce(
        local.as_ptr() as *const c_void,
        global.as_mut_ptr() as *mut c_void,
        3,
        RSMPI_DOUBLE,
        RSMPI_SUM,
        0,
        RSMPI_COMM_WORLD,
    );
    if rank == 0 {
        let job = site::job(size as u32, PMPI_Wtime());
        let path = summary::write(&job, &global);
        archive::after_summary(&job, path.as_deref());
    }
    PMPI_Finalize()
}
