//! Output plugin callbacks.

use std::ffi::CStr;

use pgrx::pg_sys;
use pgrx::prelude::*;
use serde_json::{json, Map, Value};

use crate::sink;

struct State {
    include_xids: bool,
    changes: u64,
}

unsafe fn state(ctx: *mut pg_sys::LogicalDecodingContext) -> &'static mut State {
    &mut *((*ctx).output_plugin_private as *mut State)
}

unsafe fn write_line(ctx: *mut pg_sys::LogicalDecodingContext, line: &str, last: bool) {
    pg_sys::OutputPluginPrepareWrite(ctx, last);
    let out = (*ctx).out;
    pg_sys::appendBinaryStringInfo(out, line.as_ptr() as *const _, line.len() as i32);
    pg_sys::OutputPluginWrite(ctx, last);
}

#[pg_guard]
pub unsafe extern "C" fn startup(
    ctx: *mut pg_sys::LogicalDecodingContext,
    opt: *mut pg_sys::OutputPluginOptions,
    _is_init: bool,
) {
    (*opt).output_type = pg_sys::OutputPluginOutputType::OUTPUT_PLUGIN_TEXTUAL_OUTPUT;
    let mut include_xids = false;
    let options = PgList::<pg_sys::DefElem>::from_pg((*ctx).output_plugin_options);
    for elem in options.iter_ptr() {
        let name = CStr::from_ptr((*elem).defname).to_string_lossy();
        if name == "include-xids" {
            include_xids = !(*elem).arg.is_null() && pg_sys::defGetBoolean(elem);
        }
    }
    let st = Box::new(State { include_xids, changes: 0 });
    (*ctx).output_plugin_private = Box::into_raw(st) as *mut _;
    sink::open(current_database());
}

#[pg_guard]
pub unsafe extern "C" fn shutdown(ctx: *mut pg_sys::LogicalDecodingContext) {
    let p = (*ctx).output_plugin_private as *mut State;
    if !p.is_null() {
        drop(Box::from_raw(p));
    }
    sink::flush(true);
}

#[pg_guard]
pub unsafe extern "C" fn begin(_ctx: *mut pg_sys::LogicalDecodingContext, _txn: *mut pg_sys::ReorderBufferTXN) {}

#[pg_guard]
pub unsafe extern "C" fn commit(
    _ctx: *mut pg_sys::LogicalDecodingContext,
    _txn: *mut pg_sys::ReorderBufferTXN,
    _lsn: pg_sys::XLogRecPtr,
) {
    sink::flush(false);
}

fn current_database() -> String {
    unsafe {
        let name = pg_sys::get_database_name(pg_sys::MyDatabaseId);
        if name.is_null() { String::new() } else { CStr::from_ptr(name).to_string_lossy().into_owned() }
    }
}

unsafe fn tuple_json(desc: pg_sys::TupleDesc, tuple: pg_sys::HeapTuple) -> Map<String, Value> {
    let mut out = Map::new();
    let natts = (*desc).natts as usize;
    let attrs = (*desc).attrs.as_slice(natts);
    for (i, att) in attrs.iter().enumerate() {
        if att.attisdropped || att.attnum <= 0 {
            continue;
        }
        let name = CStr::from_ptr(att.attname.data.as_ptr()).to_string_lossy().into_owned();
        let mut isnull = false;
        let datum = pg_sys::heap_getattr(tuple, (i + 1) as i32, desc, &mut isnull);
        if isnull {
            out.insert(name, Value::Null);
            continue;
        }
        let mut typoutput = pg_sys::InvalidOid;
        let mut varlena = false;
        pg_sys::getTypeOutputInfo(att.atttypid, &mut typoutput, &mut varlena);
        let text = pg_sys::OidOutputFunctionCall(typoutput, datum);
        out.insert(name, Value::String(CStr::from_ptr(text).to_string_lossy().into_owned()));
    }
    out
}

#[pg_guard]
pub unsafe extern "C" fn change(
    ctx: *mut pg_sys::LogicalDecodingContext,
    txn: *mut pg_sys::ReorderBufferTXN,
    relation: pg_sys::Relation,
    change: *mut pg_sys::ReorderBufferChange,
) {
    let st = state(ctx);
    st.changes += 1;
    let desc = (*relation).rd_att;
    let class = (*relation).rd_rel;
    let table = CStr::from_ptr((*class).relname.data.as_ptr()).to_string_lossy().into_owned();
    let schema = CStr::from_ptr(pg_sys::get_namespace_name((*class).relnamespace)).to_string_lossy().into_owned();
    let tp = &(*change).data.tp;
    let (action, newt, oldt) = match (*change).action {
        pg_sys::ReorderBufferChangeType::REORDER_BUFFER_CHANGE_INSERT => ("I", tp.newtuple, std::ptr::null_mut()),
        pg_sys::ReorderBufferChangeType::REORDER_BUFFER_CHANGE_UPDATE => ("U", tp.newtuple, tp.oldtuple),
        pg_sys::ReorderBufferChangeType::REORDER_BUFFER_CHANGE_DELETE => ("D", std::ptr::null_mut(), tp.oldtuple),
        _ => return,
    };
    let mut ev = json!({ "action": action, "schema": schema, "table": table });
    if st.include_xids {
        ev["xid"] = json!((*txn).xid);
    }
    if !newt.is_null() {
        let row = tuple_json(desc, &mut (*newt).tuple);
        sink::observe(&schema, &table, &row, st.changes);
        ev["new"] = Value::Object(row);
    }
    if !oldt.is_null() {
        ev["old"] = Value::Object(tuple_json(desc, &mut (*oldt).tuple));
    }
    write_line(ctx, &ev.to_string(), true);
}
