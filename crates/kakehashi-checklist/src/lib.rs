//! kakehashi-checklist (being built).
