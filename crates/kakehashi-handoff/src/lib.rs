//! kakehashi-handoff (being built).
