//! The `ulid` DuckDB extension.

mod catalog;
mod rotor;
mod ulid;

use duckdb::core::{DataChunkHandle, Inserter, LogicalTypeHandle, LogicalTypeId};
use duckdb::vscalar::{ScalarFunctionSignature, VScalar};
use duckdb::vtab::arrow::WritableVector;
use duckdb::Connection;
use duckdb_loadable_macros::duckdb_entrypoint_c_api;
use std::error::Error;

struct UlidNew;

impl VScalar for UlidNew {
    type State = ();

    unsafe fn invoke(_: &(), input: &mut DataChunkHandle, output: &mut dyn WritableVector) -> Result<(), Box<dyn Error>> {
        let out = output.flat_vector();
        for i in 0..input.len() {
            out.insert(i, ulid::generate().as_str());
        }
        Ok(())
    }

    fn signatures() -> Vec<ScalarFunctionSignature> {
        vec![ScalarFunctionSignature::exact(vec![], LogicalTypeHandle::from(LogicalTypeId::Varchar))]
    }
}

struct UlidTimestamp;

impl VScalar for UlidTimestamp {
    type State = ();

    unsafe fn invoke(_: &(), input: &mut DataChunkHandle, output: &mut dyn WritableVector) -> Result<(), Box<dyn Error>> {
        let values = input.flat_vector(0);
        let strings = values.as_slice_with_len::<duckdb::ffi::duckdb_string_t>(input.len());
        let mut out = output.flat_vector();
        for (i, s) in strings.iter().enumerate() {
            let text = duckdb::types::DuckString::new(&mut { *s }).as_str().to_string();
            match ulid::timestamp_ms(&text) {
                Some(ms) => out.as_mut_slice::<i64>()[i] = ms as i64 * 1000,
                None => out.set_null(i),
            }
        }
        Ok(())
    }

    fn signatures() -> Vec<ScalarFunctionSignature> {
        vec![ScalarFunctionSignature::exact(
            vec![LogicalTypeHandle::from(LogicalTypeId::Varchar)],
            LogicalTypeHandle::from(LogicalTypeId::Timestamp),
        )]
    }
}

struct UlidToUuid;

impl VScalar for UlidToUuid {
    type State = ();

    unsafe fn invoke(_: &(), input: &mut DataChunkHandle, output: &mut dyn WritableVector) -> Result<(), Box<dyn Error>> {
        let values = input.flat_vector(0);
        let strings = values.as_slice_with_len::<duckdb::ffi::duckdb_string_t>(input.len());
        let out = output.flat_vector();
        for (i, s) in strings.iter().enumerate() {
            let text = duckdb::types::DuckString::new(&mut { *s }).as_str().to_string();
            out.insert(i, ulid::to_uuid(&text).unwrap_or_default().as_str());
        }
        Ok(())
    }

    fn signatures() -> Vec<ScalarFunctionSignature> {
        vec![ScalarFunctionSignature::exact(
            vec![LogicalTypeHandle::from(LogicalTypeId::Varchar)],
            LogicalTypeHandle::from(LogicalTypeId::Varchar),
        )]
    }
}

#[duckdb_entrypoint_c_api(ext_name = "ulid", min_duckdb_version = "v1.2.0")]
pub unsafe fn extension_entrypoint(con: Connection) -> Result<(), Box<dyn Error>> {
    con.register_scalar_function::<UlidNew>("ulid")?;
    con.register_scalar_function::<UlidTimestamp>("ulid_timestamp")?;
    con.register_scalar_function::<UlidToUuid>("ulid_to_uuid")?;
    catalog::prepare(&con);
    Ok(())
}
