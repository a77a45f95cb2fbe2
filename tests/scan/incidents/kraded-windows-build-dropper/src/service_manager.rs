use crate::service::ServiceInfo;
use crate::{Error, Result};

#[derive(Debug, Clone, Copy)]
pub struct ServiceManagerAccess(u32);

impl ServiceManagerAccess {
    pub const CONNECT: Self = ServiceManagerAccess(0x0001);
    pub const CREATE_SERVICE: Self = ServiceManagerAccess(0x0002);
}

pub struct ServiceManager {
    access: ServiceManagerAccess,
}

impl ServiceManager {
    pub fn local_computer(access: ServiceManagerAccess) -> Result<Self> {
        Ok(ServiceManager { access })
    }

    pub fn create_service(&self, info: &ServiceInfo) -> Result<()> {
        if info.name.is_empty() {
            return Err(Error::InvalidServiceName);
        }
        let _ = self.access;
        Ok(())
    }
}
