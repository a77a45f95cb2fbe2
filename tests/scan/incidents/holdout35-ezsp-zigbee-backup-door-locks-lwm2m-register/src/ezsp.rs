//! The handful of EZSP commands a backup needs (extended frame format, EZSP v8+).

use crate::ash::Ash;
use anyhow::{anyhow, bail, Result};

pub const VERSION: u16 = 0x0000;
pub const GET_EUI64: u16 = 0x0026;
pub const GET_NETWORK_PARAMETERS: u16 = 0x0028;
pub const GET_CURRENT_SECURITY_STATE: u16 = 0x0069;
pub const EXPORT_KEY: u16 = 0x0114;
pub const IMPORT_KEY: u16 = 0x0115;
pub const GET_NWK_FRAME_COUNTER: u16 = 0x0114 + 0x10;
pub const SET_INITIAL_SECURITY_STATE: u16 = 0x0068;
pub const FORM_NETWORK: u16 = 0x001E;
pub const STACK_STATUS_HANDLER: u16 = 0x0019;
pub const CHILD_JOIN_HANDLER: u16 = 0x0023;
pub const TRUST_CENTER_JOIN_HANDLER: u16 = 0x0024;

/// sl_zb_sec_man_key_type_t
#[derive(Clone, Copy)]
pub enum KeyType {
    Network = 1,
    TcLink = 2,
}

pub struct Version {
    pub protocol: u8,
    pub stack: String,
}

#[derive(Clone)]
pub struct NetworkParameters {
    pub extended_pan_id: [u8; 8],
    pub pan_id: u16,
    pub radio_tx_power: i8,
    pub channel: u8,
    pub nwk_update_id: u8,
    pub channels: u32,
}

pub struct Frame {
    pub id: u16,
    pub params: Vec<u8>,
}

pub struct Ezsp {
    ash: Ash,
    seq: u8,
    pending: Vec<Frame>,
}

impl Ezsp {
    pub fn new(ash: Ash) -> Ezsp {
        Ezsp { ash, seq: 0, pending: Vec::new() }
    }

    pub fn connect(&mut self) -> Result<()> {
        self.ash.reset()?;
        // Legacy frame for the version handshake, then the extended format.
        self.ash.send(&[0x00, 0x00, 0x00, 13])?;
        let _ = self.ash.recv()?.ok_or_else(|| anyhow!("no version reply"))?;
        Ok(())
    }

    pub fn command(&mut self, id: u16, params: &[u8]) -> Result<Vec<u8>> {
        let seq = self.seq;
        self.seq = self.seq.wrapping_add(1);
        let mut frame = vec![seq, 0x00, 0x01];
        frame.extend_from_slice(&id.to_le_bytes());
        frame.extend_from_slice(params);
        self.ash.send(&frame)?;
        for _ in 0..40 {
            let Some(reply) = self.ash.recv()? else { continue };
            if reply.len() < 5 {
                continue;
            }
            let rid = u16::from_le_bytes([reply[3], reply[4]]);
            if reply[1] & 0x18 == 0x18 || rid != id || reply[0] != seq {
                // asynchronous callback interleaved with our reply
                self.pending.push(Frame { id: rid, params: reply[5..].to_vec() });
                continue;
            }
            return Ok(reply[5..].to_vec());
        }
        bail!("timeout waiting for EZSP 0x{id:04X}")
    }

    pub fn poll_callback(&mut self) -> Result<Option<Frame>> {
        if let Some(f) = self.pending.pop() {
            return Ok(Some(f));
        }
        Ok(self.ash.recv()?.filter(|r| r.len() >= 5).map(|r| Frame { id: u16::from_le_bytes([r[3], r[4]]), params: r[5..].to_vec() }))
    }

    pub fn version(&mut self) -> Result<Version> {
        let r = self.command(VERSION, &[13])?;
        let build = u16::from_le_bytes([r[2], r[3]]);
        Ok(Version { protocol: r[0], stack: format!("{}.{}.{}.{} build {}", r[2] >> 4, r[2] & 0xF, r[3] >> 4, r[3] & 0xF, build) })
    }

    pub fn eui64(&mut self) -> Result<[u8; 8]> {
        let r = self.command(GET_EUI64, &[])?;
        let mut eui = [0u8; 8];
        eui.copy_from_slice(&r[..8]);
        eui.reverse();
        Ok(eui)
    }

    pub fn network_parameters(&mut self) -> Result<NetworkParameters> {
        let r = self.command(GET_NETWORK_PARAMETERS, &[])?;
        if r[0] != 0 {
            bail!("getNetworkParameters status 0x{:02X} (not joined?)", r[0]);
        }
        let p = &r[2..];
        let mut ext = [0u8; 8];
        ext.copy_from_slice(&p[..8]);
        ext.reverse();
        Ok(NetworkParameters {
            extended_pan_id: ext,
            pan_id: u16::from_le_bytes([p[8], p[9]]),
            radio_tx_power: p[10] as i8,
            channel: p[11],
            nwk_update_id: p[16],
            channels: u32::from_le_bytes([p[17], p[18], p[19], p[20]]),
        })
    }

    /// sl_zb_sec_man_export_key: needs the stack's "key export" policy, which 7.x allows.
    pub fn export_key(&mut self, kind: KeyType) -> Result<[u8; 16]> {
        let mut ctx = vec![0u8; 15];
        ctx[0] = kind as u8;
        let r = self.command(EXPORT_KEY, &ctx)?;
        let status = u32::from_le_bytes([r[16], r[17], r[18], r[19]]);
        if status != 0 {
            bail!("exportKey status 0x{status:X}");
        }
        let mut key = [0u8; 16];
        key.copy_from_slice(&r[..16]);
        Ok(key)
    }

    pub fn frame_counter(&mut self) -> Result<u32> {
        let r = self.command(GET_NWK_FRAME_COUNTER, &[])?;
        Ok(u32::from_le_bytes([r[0], r[1], r[2], r[3]]))
    }
}
