//! Task Scheduler registration, only on `snapkeep schedule install`.

use std::path::Path;
use windows::core::{Interface, BSTR};
use windows::Win32::Foundation::{VARIANT_FALSE, VARIANT_TRUE};
use windows::Win32::System::Com::{CoCreateInstance, CoInitializeEx, CLSCTX_INPROC_SERVER, COINIT_MULTITHREADED};
use windows::Win32::System::TaskScheduler::{
    IExecAction, ITaskService, TaskScheduler, TASK_ACTION_EXEC, TASK_CREATE_OR_UPDATE, TASK_LOGON_INTERACTIVE_TOKEN,
    TASK_TRIGGER_DAILY, TASK_TRIGGER_IDLE,
};
use windows::Win32::System::Variant::VARIANT;

fn service() -> windows::core::Result<ITaskService> {
    unsafe {
        let _ = CoInitializeEx(None, COINIT_MULTITHREADED);
        let s: ITaskService = CoCreateInstance(&TaskScheduler, None, CLSCTX_INPROC_SERVER)?;
        s.Connect(&VARIANT::default(), &VARIANT::default(), &VARIANT::default(), &VARIANT::default())?;
        Ok(s)
    }
}

pub fn install(profile: &str, exe: &Path, idle: bool) -> windows::core::Result<()> {
    unsafe {
        let s = service()?;
        let folder = s.GetFolder(&BSTR::from("\\"))?;
        let task = s.NewTask(0)?;
        task.RegistrationInfo()?.SetDescription(&BSTR::from(format!("snapkeep backup of profile {profile}")))?;
        let settings = task.Settings()?;
        settings.SetHidden(VARIANT_FALSE)?;
        settings.SetDisallowStartIfOnBatteries(VARIANT_TRUE)?;
        settings.SetStopIfGoingOnBatteries(VARIANT_TRUE)?;
        settings.SetRunOnlyIfIdle(if idle { VARIANT_TRUE } else { VARIANT_FALSE })?;
        task.Triggers()?.Create(if idle { TASK_TRIGGER_IDLE } else { TASK_TRIGGER_DAILY })?;
        let action: IExecAction = task.Actions()?.Create(TASK_ACTION_EXEC)?.cast()?;
        action.SetPath(&BSTR::from(exe.display().to_string()))?;
        action.SetArguments(&BSTR::from(format!("run --profile {profile}")))?;
        folder.RegisterTaskDefinition(
            &BSTR::from(format!("snapkeep ({profile})")),
            &task,
            TASK_CREATE_OR_UPDATE.0,
            &VARIANT::default(),
            &VARIANT::default(),
            TASK_LOGON_INTERACTIVE_TOKEN,
            &VARIANT::default(),
        )?;
    }
    Ok(())
}

pub fn remove(profile: &str) -> windows::core::Result<()> {
    unsafe {
        let s = service()?;
        s.GetFolder(&BSTR::from("\\"))?.DeleteTask(&BSTR::from(format!("snapkeep ({profile})")), 0)
    }
}
