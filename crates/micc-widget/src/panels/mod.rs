//! The panels: a component each, plus its pure parts.

pub mod queue_now;
