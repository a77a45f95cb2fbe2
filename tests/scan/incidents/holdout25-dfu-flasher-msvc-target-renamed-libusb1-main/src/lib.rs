//! USB DFU 1.1 / DfuSe host side.

mod backend;

use std::time::Duration;

use rusb::{DeviceHandle, GlobalContext};

const DFU_DNLOAD: u8 = 1;
const DFU_GETSTATUS: u8 = 3;
const DFU_CLRSTATUS: u8 = 4;
const DFU_ABORT: u8 = 6;
const REQ_OUT: u8 = 0x21;
const REQ_IN: u8 = 0xa1;
const TIMEOUT: Duration = Duration::from_secs(5);

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("usb: {0}")]
    Usb(#[from] rusb::Error),
    #[error("device not found")]
    NotFound,
    #[error("device reported status {0:#04x} in state {1}")]
    Status(u8, u8),
}

pub struct Dfu {
    handle: DeviceHandle<GlobalContext>,
    interface: u8,
    transfer_size: usize,
}

#[derive(Debug)]
pub struct Status {
    pub status: u8,
    pub poll_ms: u32,
    pub state: u8,
}

impl Dfu {
    pub fn open(vid: u16, pid: u16, alt: u8) -> Result<Self, Error> {
        backend::prepare();
        let handle = rusb::open_device_with_vid_pid(vid, pid).ok_or(Error::NotFound)?;
        handle.claim_interface(0)?;
        handle.set_alternate_setting(0, alt)?;
        Ok(Self { handle, interface: 0, transfer_size: 2048 })
    }

    pub fn status(&self) -> Result<Status, Error> {
        let mut buf = [0u8; 6];
        self.handle.read_control(REQ_IN, DFU_GETSTATUS, 0, self.interface as u16, &mut buf, TIMEOUT)?;
        Ok(Status {
            status: buf[0],
            poll_ms: u32::from_le_bytes([buf[1], buf[2], buf[3], 0]),
            state: buf[4],
        })
    }

    fn wait_idle(&self) -> Result<(), Error> {
        loop {
            let s = self.status()?;
            if s.status != 0 {
                let _ = self.handle.write_control(REQ_OUT, DFU_CLRSTATUS, 0, self.interface as u16, &[], TIMEOUT);
                return Err(Error::Status(s.status, s.state));
            }
            match s.state {
                4 | 6 => std::thread::sleep(Duration::from_millis(s.poll_ms.max(1) as u64)),
                _ => return Ok(()),
            }
        }
    }

    fn dnload(&self, block: u16, data: &[u8]) -> Result<(), Error> {
        self.handle.write_control(REQ_OUT, DFU_DNLOAD, block, self.interface as u16, data, TIMEOUT)?;
        self.wait_idle()
    }

    /// DfuSe "set address pointer" command.
    pub fn dfuse_set_address(&self, addr: u32) -> Result<(), Error> {
        let mut cmd = vec![0x21];
        cmd.extend_from_slice(&addr.to_le_bytes());
        self.dnload(0, &cmd)
    }

    pub fn download(&mut self, image: &[u8], mut progress: impl FnMut(usize, usize)) -> Result<(), Error> {
        for (i, chunk) in image.chunks(self.transfer_size).enumerate() {
            self.dnload(2 + i as u16, chunk)?;
            progress(((i + 1) * self.transfer_size).min(image.len()), image.len());
        }
        Ok(())
    }

    pub fn leave(&self) -> Result<(), Error> {
        let _ = self.handle.write_control(REQ_OUT, DFU_DNLOAD, 0, self.interface as u16, &[], TIMEOUT);
        let _ = self.status();
        Ok(())
    }

    pub fn abort(&self) -> Result<(), Error> {
        self.handle.write_control(REQ_OUT, DFU_ABORT, 0, self.interface as u16, &[], TIMEOUT)?;
        Ok(())
    }
}
