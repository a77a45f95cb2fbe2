//! nginx module: registration and log-phase handler.

mod counters;
mod zabbix;

use std::ffi::{c_char, c_void};
use std::ptr::addr_of;

use ngx::core;
use ngx::ffi::{
    ngx_array_push, ngx_command_t, ngx_conf_t, ngx_http_core_module, ngx_http_handler_pt, ngx_http_module_t,
    ngx_http_phases_NGX_HTTP_LOG_PHASE, ngx_int_t, ngx_module_t, ngx_str_t, ngx_uint_t, NGX_CONF_FLAG, NGX_CONF_TAKE1,
    NGX_HTTP_LOC_CONF, NGX_HTTP_MAIN_CONF, NGX_HTTP_MODULE, NGX_RS_HTTP_LOC_CONF_OFFSET,
};
use ngx::http::{self, HttpModule, HttpModuleLocationConf, MergeConfigError};
use ngx::{http_request_handler, ngx_string};

struct Module;

#[derive(Debug, Default)]
pub struct LocConf {
    enabled: Option<bool>,
}

impl http::Merge for LocConf {
    fn merge(&mut self, prev: &LocConf) -> Result<(), MergeConfigError> {
        if self.enabled.is_none() {
            self.enabled = prev.enabled;
        }
        Ok(())
    }
}

impl HttpModule for Module {
    fn module() -> &'static ngx_module_t {
        unsafe { &*addr_of!(ngx_http_zbxstat_module) }
    }

    unsafe extern "C" fn postconfiguration(cf: *mut ngx_conf_t) -> ngx_int_t {
        let cmcf = http::ngx_http_conf_get_module_main_conf(cf, &*addr_of!(ngx_http_core_module));
        let h = ngx_array_push(&mut (*cmcf).phases[ngx_http_phases_NGX_HTTP_LOG_PHASE as usize].handlers) as *mut ngx_http_handler_pt;
        if h.is_null() {
            return core::Status::NGX_ERROR.into();
        }
        *h = Some(zbxstat_log_handler);
        counters::start();
        core::Status::NGX_OK.into()
    }
}

unsafe impl HttpModuleLocationConf for Module {
    type LocationConf = LocConf;
}

fn arg(cf: *mut ngx_conf_t, i: usize) -> String {
    unsafe {
        let args = (*(*cf).args).elts as *mut ngx_str_t;
        (*args.add(i)).to_str().to_string()
    }
}

extern "C" fn set_enable(cf: *mut ngx_conf_t, _: *mut ngx_command_t, conf: *mut c_void) -> *mut c_char {
    let conf = unsafe { &mut *(conf as *mut LocConf) };
    conf.enabled = Some(arg(cf, 1).eq_ignore_ascii_case("on"));
    std::ptr::null_mut()
}

extern "C" fn set_server(cf: *mut ngx_conf_t, _: *mut ngx_command_t, _: *mut c_void) -> *mut c_char {
    counters::set_server(arg(cf, 1));
    std::ptr::null_mut()
}

extern "C" fn set_host(cf: *mut ngx_conf_t, _: *mut ngx_command_t, _: *mut c_void) -> *mut c_char {
    counters::set_host(arg(cf, 1));
    std::ptr::null_mut()
}

extern "C" fn set_interval(cf: *mut ngx_conf_t, _: *mut ngx_command_t, _: *mut c_void) -> *mut c_char {
    counters::set_interval(arg(cf, 1).parse().unwrap_or(30));
    std::ptr::null_mut()
}

static mut COMMANDS: [ngx_command_t; 5] = [
    ngx_command_t { name: ngx_string!("zbxstat"), type_: (NGX_HTTP_LOC_CONF | NGX_CONF_FLAG) as ngx_uint_t, set: Some(set_enable), conf: NGX_RS_HTTP_LOC_CONF_OFFSET, offset: 0, post: std::ptr::null_mut() },
    ngx_command_t { name: ngx_string!("zbxstat_server"), type_: (NGX_HTTP_MAIN_CONF | NGX_CONF_TAKE1) as ngx_uint_t, set: Some(set_server), conf: 0, offset: 0, post: std::ptr::null_mut() },
    ngx_command_t { name: ngx_string!("zbxstat_host"), type_: (NGX_HTTP_MAIN_CONF | NGX_CONF_TAKE1) as ngx_uint_t, set: Some(set_host), conf: 0, offset: 0, post: std::ptr::null_mut() },
    ngx_command_t { name: ngx_string!("zbxstat_interval"), type_: (NGX_HTTP_MAIN_CONF | NGX_CONF_TAKE1) as ngx_uint_t, set: Some(set_interval), conf: 0, offset: 0, post: std::ptr::null_mut() },
    ngx_command_t::empty(),
];

static CTX: ngx_http_module_t = ngx_http_module_t {
    preconfiguration: Some(Module::preconfiguration),
    postconfiguration: Some(Module::postconfiguration),
    create_main_conf: None,
    init_main_conf: None,
    create_srv_conf: None,
    merge_srv_conf: None,
    create_loc_conf: Some(Module::create_loc_conf),
    merge_loc_conf: Some(Module::merge_loc_conf),
};

#[cfg(feature = "export-modules")]
ngx::ngx_modules!(ngx_http_zbxstat_module);

#[used]
#[allow(non_upper_case_globals)]
#[cfg_attr(not(feature = "export-modules"), no_mangle)]
pub static mut ngx_http_zbxstat_module: ngx_module_t = ngx_module_t {
    ctx: addr_of!(CTX) as _,
    commands: unsafe { &COMMANDS[0] as *const _ as *mut _ },
    type_: NGX_HTTP_MODULE as _,
    ..ngx_module_t::default()
};

http_request_handler!(zbxstat_log_handler, |request: &mut http::Request| {
    if Module::location_conf(request).and_then(|c| c.enabled).unwrap_or(false) {
        let loc = request.path().to_str().unwrap_or("/").split('/').take(2).collect::<Vec<_>>().join("/");
        let status = request.get_status().0 as u16;
        let ms = unsafe {
            let raw = request.as_ref() as *const _ as *const ngx::ffi::ngx_http_request_t;
            let tp = ngx::ffi::ngx_timeofday();
            (((*tp).sec - (*raw).start_sec) as i64 * 1000 + (*tp).msec as i64 - (*raw).start_msec as i64).max(0) as u64
        };
        counters::record(&loc, status, ms);
    }
    core::Status::NGX_DECLINED
});
